"""The named rules that refuse a candidate value, in the order they are asked.

A candidate is a value the binder has paired with an indicator (``Candidate``: the number, the
phrasing it measures, how it reads, the clause around it). ``CANDIDATE_RULES`` is the one ordered
list of rules; ``first_refusal`` asks them in turn and the first that fires drops the candidate
with its name (``Drop.rule``), which is what ``make eval`` counts misses by. Each rule is a small
function whose docstring says why such a value is not the province's indicator value.

To add a rule: write the function (docstring first: what it refuses, with an example in our own
words), add it to ``CANDIDATE_RULES`` where it belongs, and its cue words to ``data/cues.yml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from vndx.extract.catalog import is_dti_part
from vndx.extract.cues import WordFinder, load_cues
from vndx.extract.gazetteer import NEIGHBOUR_WORDS, SELF, load_gazetteer
from vndx.extract.lists import places_after
from vndx.extract.mentions import REGION_LEADS, Mentions, lazy
from vndx.extract.numbers import RANK_CUE_BEFORE, Number, is_year, qualifier
from vndx.extract.readings import FIVE_G, RANK_DENOMINATORS, Binding, TopicHit, in_range, only_5g
from vndx.extract.scan import last_match, skipping
from vndx.extract.subjects import AGENCY_NAMED, MINISTRY_SOURCE, MINISTRY_SPEAKS, bare_province_at
from vndx.extract.targets import is_target
from vndx.extract.text import COUNT_WORDS, count_of
from vndx.extract.years import in_parens
from vndx.reference import Indicator

_CUES = load_cues()
# "xếp thứ 5 toàn quốc, đạt 0,74 điểm": the field of a rank, not the subject of the value after it
AFTER_RANK = re.compile(rf"^\s*(?:(?:trong|tren)\s+)?(?:{_CUES.nation_words})\b")
_RANK_FIELD_NATION = re.compile(
    rf"(\b(?:thu|hang|vi tri)(?: thu)?\s+(?:\d+(?:/\d+)?|{'|'.join(_CUES.ordinals)})\s+)"
    rf"(?:trong\s+)?(?:{_CUES.nation_words})\b"
)  # "hạng 3 cả nước": the rank's field (its nation words blanked out of a value's window)
# (not "về chỉ số tổng thể", "về xếp hạng chung": the carried index as a whole)
# a measure pointed back at by its kind ("chỉ tiêu này", "tỷ lệ trên"): what a rank "về ..." ranks (rule
# ranked-about-backref, extractor.py) and no other topic (rule rank-about-other-topic)
MEASURE_POINTED_BACK = r"(?:chi tieu|tieu chi|ty le|ty trong) (?:nay|tren|do)"
_ABOUT_OTHER = re.compile(
    rf"^\s*(?:(?:trong )?(?:{_CUES.nation_words})\s*)?ve\b"
    r"(?!\s+(?:chi so |diem |xep hang |ket qua )?(?:tong the|chung|tong hop)\b"
    # (nor the measure pointed back at: "đứng thứ 5 cả nước về chỉ tiêu này")
    rf"|\s+(?:chi so (?:nay|tren|do)|{MEASURE_POINTED_BACK})\b)"
)
# "Sở Y tế tỉnh X", "Ngân hàng Nhà nước chi nhánh tỉnh X": the province names the unit
_UNIT_OF_PROVINCE = skipping(
    re.compile(
        r"(?<![A-Za-z])(?:So|Bo|Ngan hang|Cong an|Van phong)\s+[A-Z][^,;.()]{0,30}\s(?:tinh|thanh pho|TP\.?)\s*$"
        # ... or the province's name right after the unit's ("Sở Tư pháp Hà Nội"), no verb between
        r"|(?<![A-Za-z])So\s+[A-Z](?:(?!\b(?:cho|dat|la|co|da|duoc|va)\b)[^,;.()]){0,28}\s$"
        # ... or the level of units the province holds ("huyện Đắk Mil dẫn đầu khối cấp huyện của tỉnh với tỷ lệ ...")
        r"|\b(?:khoi|cac don vi|cac|don vi) cap (?:huyen|xa)\s+(?:(?:cua|trong|thuoc)\s+)?(?:tinh\s+)?$"
    )
)
# (?<![A-Za-z])(?:[Tt]hanh pho|TP\.?)..., the look-behind after the first letter: the engine skips to it
# (also "TP.Thủ Dầu Một", the title's dot with no space after it)
_CITY = re.compile(
    r"(?:[Tt](?<![A-Za-z][Tt])hanh pho\s+|T(?<![A-Za-z]T)P(?:\.\s*|\s+))([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)"
)
_CITY_WORD = skipping(re.compile(r"(?:[Tt]hanh pho\s+|TP(?:\.\s*|\s+))$"))
_SPAN_OF_LEVELS = re.compile(r"\b(?:tu|den|toi)\s*$")
_REORGANISED = re.compile(r"\b(?:sap xep|sap nhap|hop nhat)\b(?:\s+(?:lai|don vi hanh chinh|dvhc))*\s*$")
_PARENS = re.compile(r"\([^()]*\)")


# the maxima a 0-1 index's score is written over ("652/1.000 điểm")
_SCALE_MAXIMA = (10.0, 100.0, 1000.0)


@dataclass(eq=False)
class Candidate:
    """A value paired with an indicator, before the rules below accept or refuse it."""

    m: Mentions  # the sentence
    n: Number
    hit: TopicHit  # the phrasing it measures (``start == end``: carried from the previous sentence)
    reading: str  # rank, score, percent, count, change, attainment
    ind: Indicator
    mode: str  # how the phrasing was chosen: "right" (after it), "head" (percent at clause head), "left"
    clause_start: int
    ctx_start: int  # where the words that decide its subject start (the phrasing, or the last value)
    before: str  # up to 45 characters before the number (from the previous value)
    after: str  # up to 45 characters after it
    bound: list[Binding]  # the values of this sentence already accepted
    protect: list[tuple[int, int]]  # phrasings and masks the target rule never reads as a plan

    value: float = 0.0  # the value as the indicator counts it (set from the number, below)
    out_of: float | None = None

    def __post_init__(self) -> None:
        # a score "/1.000" (or "/100") of a 0-1 index is a share, not one over another maximum ("7,92/11
        # điểm" is a sub-index of an index in points, PAR's); a change after "giảm" is negative
        value, out_of = self.n.value, self.n.out_of
        scaled = out_of in _SCALE_MAXIMA and self.ind.valid_max is not None and self.ind.valid_max <= 1
        if self.reading == "score" and scaled:
            value, out_of = value / out_of, None
        if self.reading == "change" and (down := list(_CUES.decrease.finditer(self.before))):
            # (the last verb of change before it says which way: "giảm hai bậc ... dù giá trị tăng 0,0315 điểm")
            if not _RISE.search(self.before, down[-1].end()):
                value = -value
        self.value, self.out_of = value, out_of

    @lazy
    def window(self) -> str:
        """The words between the value's subject position and the value, asides blanked out: where
        a national or average subject would be named ("toàn quốc đạt 40%, trong khi tỉnh X đạt 52%"
        keeps only what follows the province named last)."""
        lower, n = self.m.lower, self.n
        window = lower[self.ctx_start : n.start]
        if "quoc gia" in window:
            window = _CUES.national_names.sub(lambda x: " " * len(x.group()), window)
        if "(" in window:
            window = _PARENS.sub(lambda x: " " * len(x.group()), window)  # "(đứng thứ 2 toàn quốc)"
        if self.mode == "left" and self.ctx_start > self.hit.end:
            window = AFTER_RANK.sub("", window)  # "xếp thứ 5 toàn quốc, đạt 0,74 điểm"
        if "ca nuoc" in window or "toan quoc" in window:
            # the field of a rank is no national subject: "... - đứng hạng 3 cả nước, với giá trị 0,6987"
            window = _RANK_FIELD_NATION.sub(lambda x: x.group(1) + " " * (x.end() - x.end(1)), window)
        named = [x.end for x in self.m.places if self.ctx_start <= x.start and x.end <= n.start and x.slug != SELF]
        if named:
            window = window[named[-1] - self.ctx_start :]
        return window

    @lazy
    def subject_from(self) -> int:
        """End of the last province named before the value (a unit named inside a province's name,
        "Sở Y tế tỉnh X", does not count): the scope rules look between here and the value."""
        m, pos = self.m, self.n.start
        places = [
            x
            for x in m.places
            if m.start <= x.start
            and x.end <= pos
            and not _UNIT_OF_PROVINCE.search(m.cased, max(m.start, x.start - 40), x.start)
        ]
        return max([x.end for x in places] + [m.start])

    @lazy
    def scope_from(self) -> int:
        """Where a named unit or level may start: after the last province and the last ";"."""
        semi = self.m.lower.rfind(";", self.m.start, self.n.start)
        return max(self.subject_from, semi + 1)


@dataclass(frozen=True)
class Rule:
    name: str
    check: Callable[[Candidate], bool]
    # False: the value was never the phrasing's (its Drop names no indicator, and the next value
    # does not chain from it); True: it used the phrasing though refused ("trung bình ... là 0,55;
    # Tiền Giang đạt 0,58": the second value chains from the first)
    uses_phrasing: bool = True
    # when the rule can fire at all, as its first lines say (first_refusal asks it only then: most
    # rules are about one reading, and 45 calls per value were 3 % of the bench's extraction time)
    readings: frozenset[str] | None = None  # only values of these readings (None: any)
    not_readings: frozenset[str] = frozenset()  # never values of these readings
    scoped: bool = False  # only in a sentence that may name a scope (``Mentions.scope_words``)
    percent: bool = False  # only a value written with "%"
    national: bool = False  # only in a sentence that may name the nation or a group (``Mentions.nation_words``)
    # only in a sentence that writes one of these words (folded, lower case, as plain substrings): every match of
    # the rule's cues holds one, so its first cheap scan is lifted out of it. One scan per sentence finds them for
    # all rules (``open_gates``), and most values, which pass every rule, skip the call: 3 % fewer instructions
    # on the bench's pages (cachegrind), the same facts and drops on every corpus (test_rule_gates.py)
    words: tuple[str, ...] = ()

    @property
    def why(self) -> str:
        return (self.check.__doc__ or "").strip()

    def may_fire(self, reading: str, scoped: bool, percent: bool, national: bool, open_gates: frozenset[str]) -> bool:
        return (
            (self.readings is None or reading in self.readings)
            and reading not in self.not_readings
            and (scoped or not self.scoped)
            and (percent or not self.percent)
            and (national or not self.national)
            and (not self.words or self.name in open_gates)
        )


# ---- the rules, in the order they are asked ----


def named_place_aside(c: Candidate) -> bool:
    """A bracketed value right after a name that is not a province belongs to that place
    ("như huyện Ea Súp (18,6%), Krông Bông (22,4%)")."""
    if c.n.raw == "@1":
        return False
    m, n = c.m, c.n
    opening = m.lower.rfind("(", m.start, n.start)
    if opening < 0 or m.lower[opening + 1 : n.start].strip() or not m.lower[n.end : n.end + 3].lstrip().startswith(")"):
        return False
    words = m.cased[max(m.start, opening - 40) : opening].split()
    caps = 0
    for w in reversed(words):
        if not w[:1].isupper() or not w.isalpha():
            break
        caps += 1
    if caps < 2:
        return False
    name_start = opening - len(" ".join(words[-caps:])) - 1
    return not any(name_start <= x.start < opening and x.slug != SELF for x in m.places)


# grammar: a rank "among N provinces" ("trong 5 tỉnh", "trên 14 địa phương") names its group's size
# ("thứ năm trong sáu tỉnh Bắc Trung Bộ": the count in words too)
_GROUP_OF = re.compile(rf"\s*(?:trong|tren|trong so)\s+(\d+|{'|'.join(COUNT_WORDS)})\s+(?:tinh|dia phuong)\b")


_ALL_OF_THEM = re.compile(r"\b(?:63|34)\b")
# the other places of a list after the value, each a place word and its rank ("và Quảng Bình thứ năm", ", B hạng 9")
_PLACES_LISTED_AFTER = re.compile(r"(?:\s*(?:,|va)\s+(?:[a-z]+\s+){1,4}?(?:thu|hang)\s+[a-z0-9]+)+")
_IN_REGION_AFTER = re.compile(r"\s*(?:trong|cua)\s+(?:khu vuc|vung|mien)\b(?!\s+(?:ca nuoc|toan quoc))")
# the most provinces a region holds (before the merger: the northern midlands and mountains)
_LARGEST_REGION = 14
# grammar: a sentence framed by a region ("Trong 9 tỉnh khu vực trung du và miền núi phía Bắc, ...", "Ở khu
# vực Tây Nguyên, ...", "Trong số các tỉnh vùng ĐBSCL, ...") up to its first comma
# a group named as the nation's leaders ("nhóm 10 địa phương dẫn đầu cả nước"): its places are national ones
# (also with no "cả nước" after it: "nằm trong nhóm 5 địa phương dẫn đầu: chính quyền số xếp thứ 4, ...", a group that
# names no region before its leading word, nor after it: not "trong nhóm các tỉnh miền núi dẫn đầu", "dẫn đầu khu vực")
# a region's words: "khu vực", "vùng", "miền" and the regions' names ("tây nguyên", "đbscl"), folded
REGION_WORDS = r"\b(?:khu vuc|vung|mien|" + "|".join(REGION_LEADS) + r")\b"
_NATIONAL_TOP_GROUP = re.compile(
    # (the comma of "tỉnh, thành phố" is inside the group's name: "trong nhóm 10 tỉnh, thành phố dẫn đầu DTI 2022 gồm")
    rf"(?:(?!{REGION_WORDS})(?:, (?=thanh\b)|[^,;:.])){{0,40}}?\b(?:dan dau|dung dau|hang dau|cao nhat)\b"
    rf"(?:\s+(?:ca nuoc|toan quoc)\b|(?!\s+(?:cua\s+)?(?:{REGION_WORDS})))"
)
_REGION_FRAME = re.compile(
    # ("Nếu xét riêng khu vực Nam Trung Bộ và Tây Nguyên, tỉnh đứng thứ 3")
    # (and "Tính riêng 14 tỉnh vùng Trung du và miền núi phía Bắc, Bắc Giang xếp thứ nhất")
    # (after an icon too: "📍 Ở khu vực Bắc Trung Bộ, Hà Tĩnh đứng thứ 4")
    rf"\W*(?:(?:neu\s+)?(?:xet|tinh)\s+(?:rieng\s+|chung\s+|theo\s+)?(?:trong\s+)?|(?:trong|giua|o|tai)\s+)(?:so\s+)?"
    # (the count in words too: "Trong ba tỉnh Tây Nguyên, Gia Lai xếp thứ nhất")
    rf"(?:(?:(?!(?:63|34)\b)\d+|cac|nhung|hai|ba|bon|nam|sau|bay|tam|chin|muoi(?: \w+)?)\s+)?"
    rf"(?:(?:tinh|dia phuong)(?:,?\s+thanh(?:\s+pho)?)?\s+)?"
    rf"(?:thuoc\s+|o\s+)?(?:{_CUES.words['regional_after']})\b"
    # (not a group of measures: "Ở nhóm chỉ số chính, nhận thức số xếp hạng 6, ..." ranks the province; nor a
    # tier of the national board: "Ở nhóm dẫn đầu ICT Index 2018, Đà Nẵng tiếp tục xếp thứ nhất, ...")
    rf"(?!\s+(?:chi so|chi tieu|tru cot|tieu chi|linh vuc|{_CUES.words['group_tiers']})\b)[^,;.]*,"
)


# grammar: "thứ 7 trong các tỉnh Đồng bằng sông Cửu Long", "thứ 2 so với các địa phương vùng Tây
# Nguyên": a group of provinces named by its region after the rank (the region words from cues.yml)
_REGIONAL_GROUP_AFTER = re.compile(
    rf"\s*(?:trong|giua|so voi|cua) (?:cac|nhung) (?:tinh|dia phuong|tinh, thanh(?: pho)?)"
    rf"(?: (?:thuoc|trong|o))? (?:{_CUES.words['regional_after']})\b"
)


# the field a province leads or ranks in, before "khối tỉnh" ("dẫn đầu khối tỉnh", "trong khối các tỉnh")
# (also the one a superlative singles out of the field: "Cần Thơ là địa phương duy nhất của vùng ...")
# (also a province's role in the region: "TP. Hồ Chí Minh vẫn là "đầu tàu" của vùng, với DTI năm 2023 đạt 0,6815")
_FIELD_BEFORE = re.compile(
    r"\b(?:dan dau|dung dau|dung thu|xep thu|trong|o|cua|nhat|dau tau|trung tam|hat nhan|diem sang)[\"”]?\s+$"
)
# the bloc of provinces (as against the ministries' bloc): all of them, a national field
_PROVINCE_BLOC = skipping(re.compile(r"\bkhoi (?:cac )?(?:tinh|dia phuong)\b"))


_LABEL_REGION = re.compile(
    r"\s*[-\u2013]\s*(?:vi tri|thu hang|xep hang|hang)\b[^,;.]{0,20}?\b(?:trong|tai|o|cua)\s+(?:khu vuc|vung|mien)\b"
)


def regional_rank(c: Candidate) -> bool:
    """A place within a region or a group is not the national rank ("thứ hai khu vực Tây Nguyên",
    "trong các tỉnh Đồng bằng sông Hồng, ... đứng thứ 4", "thứ 7 trong các tỉnh Tây Nguyên", "Trong 9
    tỉnh khu vực miền núi phía Bắc, X xếp thứ 6"); never one written "/63", "/34", "cả nước", nor
    one beyond the size of the largest region (14 provinces): "Các tỉnh còn lại trong khu vực ...:
    Nghệ An thứ 14, Quảng Bình thứ 33" are the national places of the region's provinces."""
    if c.reading != "rank" or c.n.out_of in RANK_DENOMINATORS or c.value > _LARGEST_REGION:
        return False
    if _WHOLE_FIELD_AFTER.match(c.m.lower, c.n.end):
        return False  # "đứng thứ 12 trên bảng tổng hợp 63 tỉnh": the whole field, as "/63" says
    if _PROVINCE_BLOC.search(c.m.lower, c.m.start, c.n.start):
        return False  # "Trong khối tỉnh, thành phố năm 2018, Đà Nẵng xếp thứ nhất": among all the provinces
    rest = c.m.lower[c.n.end : c.m.end]
    frame = _REGION_FRAME.match(c.m.lower, c.m.start)
    if frame is None and (semi := c.m.lower.rfind(";", c.m.start, c.n.start)) >= 0:
        # (a clause after ";" opens with the region too: "Đà Nẵng dẫn đầu bảng xếp hạng; tại khu vực Bắc Trung Bộ và
        # duyên hải miền Trung, Thừa Thiên Huế đứng thứ hai")
        frame = _REGION_FRAME.match(c.m.lower, semi + 1)
    if frame and _ALL_OF_THEM.search(frame.group()):
        frame = None  # "Trong nhóm 63 tỉnh, thành, ...": all the provinces, not a region
    elif frame and _NATIONAL_TOP_GROUP.match(c.m.lower, frame.start(), frame.end()):
        # rule national-top-frame: "Trong nhóm 10 địa phương dẫn đầu, Thừa Thiên Huế tăng 5 bậc lên thứ 4": the
        # nation's top group, whose places are national ones (as after a cue, below)
        frame = None
    framed = frame is not None and frame.end() <= c.n.start and ";" not in c.m.lower[frame.end() : c.n.start]
    # (past the other places of a list the group ends: "Quảng Trị đứng thứ tư và Quảng Bình thứ năm trong sáu tỉnh của
    # vùng", "Cà Mau xếp thứ hai và Sóc Trăng thứ ba trong khu vực")
    if (listed := _PLACES_LISTED_AFTER.match(rest)) is not None:
        tail = rest[listed.end() :]
        if (g := _GROUP_OF.match(tail)) and count_of(g.group(1)) not in RANK_DENOMINATORS:
            return True
        if _IN_REGION_AFTER.match(tail):
            return True
    group = _GROUP_OF.match(rest)  # "thứ 2 trong 5 tỉnh vùng kinh tế trọng điểm": a place in a group
    if group and count_of(group.group(1)) not in RANK_DENOMINATORS:
        return True  # (also among national places the frame lists: "..., trong khi Đắk Nông thứ 5 trong 5 tỉnh")
    if framed and _behind_as_many(c, rest):
        return True
    if framed and _national_list(c, frame.end(), _frame_size(c.m.lower, frame.start(), frame.end())):
        return False
    if framed and not AFTER_RANK.match(rest):
        return True  # the sentence opens with the region as its frame
    if AFTER_RANK.match(rest):
        return False
    if _after_regional_leader(c):
        return True
    if _LABEL_REGION.match(rest):
        return True  # a fact box's label after the rank: "Thứ 3 – vị trí trong khu vực miền Trung – Tây Nguyên"
    if _REGIONAL_GROUP_AFTER.match(rest):
        return True
    after = _CUES.regional_after.match(rest)
    if after:
        # (a group counted, "thứ 4 trong 5 thành phố trực thuộc Trung ương": no place beyond its size)
        count = _group_count(after.group())
        return count is None or c.value <= count
    before = _CUES.regional_before.search(c.m.lower, c.clause_start, c.n.start)
    # (a place beyond the size of the region named after the cue is a national one: "So với các tỉnh Nam Trung
    # Bộ, Khánh Hòa xếp thứ 13" (8 provinces); "So với các thành phố trực thuộc Trung ương, Đà Nẵng đứng thứ 3")
    if before is None:
        return False
    if _NATIONAL_TOP_GROUP.match(c.m.lower, before.end(), c.n.start):
        return False  # "nằm trong nhóm 10 địa phương dẫn đầu cả nước: năm 2020, tỉnh xếp hạng 8": the nation's top ten
    size = before.group("count")
    size = int(size) if size else _group_count(before.group())
    if _NEIGHBOURS.match(c.m.lower, before.end(), c.n.start):
        # (the neighbours are no ranked group: "So với các tỉnh lân cận, Bắc Ninh xếp thứ 8 với 0,6498 điểm, Lạng Sơn
        # xếp thứ 21, còn Thái Nguyên đứng thứ 12" gives their places in the nation)
        return False
    return c.value <= (size if size else _region_size(c.m.lower, before.end(), c.n.start))


# a place that leads or is ranked in the region, its clause closed by a comma ("Lâm Đồng tiếp tục đứng đầu khu vực,")
_REGIONAL_LEADER = re.compile(
    r"\b(?:dung dau|dan dau|xep dau|(?:xep|dung)\s+(?:hang\s+)?thu\s+\w+)\s+(?:(?:trong|cua)\s+)?(?:khu vuc|vung)\b"
    r"[^,;\d]*,"
)
# ... and the next clause: another place and its rank verb, nothing else ("Gia Lai đứng thứ hai", "còn Kon Tum xếp thứ
# 5")
_NEXT_OPENS = re.compile(r"\s*(?:con|va|tiep den la|tiep theo la)?\s*$")
_NEXT_RANK = re.compile(r"\s*(?:(?:dung|xep)\s+)?(?:hang\s+|vi tri\s+)?(?:thu\s+)?$")


def _after_regional_leader(c: Candidate) -> bool:
    """Rule regional-rank for a rank in the clause after a place's in the region, the clause only another place and
    its rank verb ("Lâm Đồng tiếp tục đứng đầu khu vực, Gia Lai đứng thứ hai": second in the region too; not "dẫn đầu
    vùng với vị trí thứ 9 toàn quốc, tiếp đến là Đồng Tháp xếp thứ 13", whose leader's clause holds a national place).
    """
    lower = c.m.lower
    lead = last_match(_REGIONAL_LEADER, lower, c.m.start, c.n.start)
    if lead is None:
        return False
    return any(
        _NEXT_OPENS.fullmatch(lower, lead.end(), x.start) and _NEXT_RANK.fullmatch(lower, x.end, c.n.start)
        for x in c.m.places
        if lead.end() <= x.start < c.n.start
    )


# the neighbours after "so với các tỉnh": "lân cận", "láng giềng", "bạn" (the gazetteer's words; rule regional-rank)
_NEIGHBOURS = re.compile(rf"\s*(?:{NEIGHBOUR_WORDS})\b")
_COUNT_WORD = re.compile(r"\b(\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\b")


def _group_count(cue: str) -> int | None:
    """How many the cities' group cue counts ("trong 5 thành phố trực thuộc", "trong sáu thành phố trực thuộc"), if it
    does (a region's name is no count: "nam" of "Nam Trung Bộ" is the south, not five)."""
    m = _COUNT_WORD.search(cue) if "thanh pho" in cue else None
    if m is None:
        return None
    return count_of(m.group(1))


# the regions of known size, by name (cues.yml region_sizes), the longest first
_REGION_NAMES = "|".join(sorted(map(re.escape, _CUES.region_sizes), key=len, reverse=True))
_REGION_NAMED = re.compile(rf"\s*(?:(?:vung|khu vuc|mien)\s+)?({_REGION_NAMES})")


def _region_size(lower: str, start: int, end: int) -> int:
    """How many provinces the region named right at ``start`` holds (the largest region's when it is not known)."""
    m = _REGION_NAMED.match(lower, start, end)
    return _CUES.region_sizes[m.group(1)] if m else _LARGEST_REGION


def regional_list(lower: str, start: int, n: Number, listed: list[Number]) -> bool:
    """Rule regional-rank for a list's ranks: the sentence opens with a region as its frame ("Trong vùng Đồng bằng
    sông Cửu Long, hai tỉnh lần lượt đứng thứ 9 và 12 trên 13 địa phương"), or the list's last value counts the
    group after it ("... thứ 9 và 12 trên 13 địa phương"): places within the region (up to its size)."""
    last = max(listed, key=lambda x: x.start)
    group = _GROUP_OF.match(lower, last.end)
    if group and count_of(group.group(1)) not in RANK_DENOMINATORS:
        return True
    frame = _REGION_FRAME.match(lower, start)
    if frame is None or _ALL_OF_THEM.search(frame.group()) or frame.end() > n.start or n.out_of in RANK_DENOMINATORS:
        return False
    # (a region named, of known size, and no rank of the list beyond it: "Trong 13 tỉnh, thành vùng ĐBSCL, ... Cần Thơ,
    # Long An và Đồng Tháp, lần lượt xếp thứ 9, 13 và 17" are national places; so are those under a frame that names
    # no region of known size: "Ở khối tỉnh, ...", "Trong khu vực duyên hải Nam Trung Bộ, ...")
    size = _frame_size(lower, frame.start(), frame.end())
    fits = all(x.value <= size for x in listed)
    return size < _LARGEST_REGION and fits and ";" not in lower[frame.end() : n.start]


def _frame_size(lower: str, start: int, end: int) -> int:
    """How many provinces the region a frame names holds ("Trong vùng Đông Nam Bộ,": 6), the largest region's
    when it names none."""
    m = _REGION_NAME.search(lower, start, min(len(lower), end + 2))
    return _CUES.region_sizes[m.group(1)] if m else _LARGEST_REGION


# (the region's name alone closes the frame: not one joined to another, "Trong 14 tỉnh Bắc Trung Bộ và Duyên hải miền
# Trung", "khu vực miền Trung - Tây Nguyên")
_REGION_NAME = re.compile(rf"\b(?:vung|khu vuc)\s+({_REGION_NAMES})\s*,")
# a rank of the list said to be the country's ("xếp thứ nhì cả nước", "đứng thứ 2 toàn quốc")
_RANK_NATIONWIDE = re.compile(rf"\b(?:thu|hang)\s+\w+\s+(?:{_CUES.nation_words})\b")


# "... trên bảng xếp hạng ICT Index 2019", "trên bảng xếp hạng chung": the national ranking's board
_NATIONAL_BOARD = re.compile(r"\btren bang xep hang\b")
# the field of every province named after a rank ("trên bảng tổng hợp 34 địa phương", "trong tổng số 63 tỉnh, thành")
_WHOLE_FIELD_AFTER = re.compile(
    r"\s*(?:tren|trong)\s+(?:bang|tong so)\b[^,;.\d]{0,30}?\b(?:63|34)\s+(?:tinh|dia phuong)\b"
)
_LIST_END = re.compile(r";|\.(?!\d)")


def _behind_as_many(c: Candidate, rest: str) -> bool:
    """Rule behind-the-named: a place said behind as many provinces as come before it ("Trong khu vực Bắc Trung Bộ, Hà
    Tĩnh đứng thứ 3, sau Thanh Hóa và Nghệ An, hai địa phương lần lượt xếp thứ 14 và 18"): a place among those the frame
    counts, whatever national places the sentence goes on to list."""
    behind = _BEHIND.match(rest)
    if behind is None or c.value < 2:
        return False
    at = c.n.end + behind.end()
    named = places_after(c.m.lower, c.m.places, at)  # (the provinces named in a row right after "sau")
    return bool(named) and named[0].start == at and len({x.slug for x in named}) == c.value - 1


_BEHIND = re.compile(r"\s*,?\s*(?:chi\s+)?(?:xep\s+|dung\s+)?sau\s+(?:(?:tinh|thanh pho|tp\.?)\s+)?")


def _national_list(c: Candidate, frame_end: int, size: int = _LARGEST_REGION) -> bool:
    """Under a region's frame, the ranks listed are national ones when the clause says so ("trên bảng xếp
    hạng ICT Index 2019") or one of them is beyond any region's size ("TP.HCM đứng thứ 4, Bình Dương thứ 7,
    Tây Ninh thứ 31 năm 2023"): a region frames whose places they are, not the field."""
    lower = c.m.lower
    if _CUES.regional_after.match(lower[c.n.end : c.m.end]):  # (a slice: the pattern opens with "^")
        return False  # "..., đứng thứ 4 trong khu vực": this one says it is the region's
    stop = _LIST_END.search(lower, c.n.end, c.m.end)  # (the clause: a stop the splitter missed ends it too)
    end = stop.start() if stop else c.m.end
    if _NATIONAL_BOARD.search(lower, frame_end, end):
        return True
    if any(not in_parens(lower, frame_end, x.start()) for x in _RANK_NATIONWIDE.finditer(lower, frame_end, c.n.start)):
        # (or a rank before it in the list said to be the country's: "TP.HCM xếp thứ nhì cả nước ..., còn Tây Ninh
        # đứng thứ ..."; not one in an aside: "Đồng Tháp đứng thứ 2, chỉ sau TP Cần Thơ (thứ 9 toàn quốc)", nor one
        # after it: "Bắc Giang đứng thứ hai ..., xếp thứ 6 toàn quốc")
        return True
    # (bare ranks of the list only: "(xếp thứ 24/63)" beside a regional place is an aside with its own field)
    # (beyond the size of the region the frame names, when it names one: "Trong vùng Đông Nam Bộ, ..., còn Tây Ninh
    # đứng thứ 13": six provinces)
    return any(
        frame_end <= x.start < end
        and x.is_int
        and not x.percent
        and x.out_of is None
        # (the value itself beyond the region's size alone is no list: "Trong khu vực Đông Nam Bộ, tỉnh đứng thứ 7")
        and (size if x is not c.n else _LARGEST_REGION) < x.value <= 63
        and RANK_CUE_BEFORE.search(lower, max(frame_end, x.start - 10), x.start)
        and not in_parens(lower, frame_end, x.start)
        # (not one that names its field, set against the regional place: "Lâm Đồng đứng thứ 2, xếp thứ 14 toàn quốc",
        # "Cần Thơ xếp thứ sáu, đứng thứ 17 trên bảng tổng hợp 34 địa phương": the whole field counted)
        and not (
            x.end > c.n.end and (AFTER_RANK.match(lower[x.end : x.end + 30]) or _WHOLE_FIELD_AFTER.match(lower, x.end))
        )
        for x in c.m.values
    )



def only_5g_coverage(c: Candidate) -> bool:
    """5G coverage alone is not the mobile coverage indicator (ANNOTATION.md): "sóng 5G phủ 45% dân số"
    with no older network named in the clause."""
    if c.ind.code != "mobile_coverage_rate":
        return False
    lo = min(c.clause_start, c.hit.start) if c.hit.end > c.hit.start else c.clause_start
    # (through the phrasing's end when it follows the value: "100% thôn ... đã có cáp quang và được phủ sóng 5G")
    # (a part set apart after the older network's value is a clause of its own: "100% xã đã được phủ sóng 4G, trong đó
    # sóng 5G đã phủ tới 95% phường nội thành")
    part = c.m.lower.rfind("trong do", lo, c.n.start)
    lo = part if part >= 0 and FIVE_G.search(c.m.lower, part, c.n.start) else lo
    window = c.m.lower[lo : max(c.n.end + 25, c.hit.end + 4)]
    return only_5g(window)


def coverage_of_people(c: Candidate) -> bool:
    """The mobile coverage indicator is a share of communes or villages (the catalog): a share of households or of the
    population covered is another measure, the operators' ("Sóng 4G đã phủ đến 96% hộ gia đình", "phủ sóng 4G đến
    99,5% dân số")."""
    return c.ind.code == "mobile_coverage_rate" and c.n.percent and _PEOPLE.match(c.n.next_words) is not None


# households, the population, people (whole words: not "hồ sơ")
_PEOPLE = re.compile(r"(?:ho(?! so)|dan so|nguoi)\b")


def _field_after_city(c: Candidate, start: int, end: int) -> bool:
    """The only places named between the city and the value are the province as the field it is first or best in ("TP
    Vị Thanh là địa phương đầu tiên trong tỉnh đạt 100%"), not a new subject."""
    named = [x for x in c.m.places if start <= x.start < end]
    return bool(named) and all(x.slug == SELF and c.m.lower.endswith("trong ", 0, x.start) for x in named)


def city_inside_province(c: Candidate) -> bool:
    """A city inside the province is the value's subject ("thành phố Buôn Ma Thuột đạt 81%", "thành phố Cao Lãnh
    (Đồng Tháp) có 78% ...", "Tỷ lệ ... của thành phố Vinh đạt 71,5%"), not the province (a city that is itself a
    province, "TP. Cần Thơ", is a province mention); so is a capital named like its province ("TP Hà Tĩnh đạt 92%",
    gazetteer.yml capital_namesakes)."""
    if not c.m.scope_words:
        return False
    # (not past a ";": "riêng thành phố Vinh có 320 doanh nghiệp; tỷ lệ ... đạt 68,2%" is the province's again)
    cased, lo, hi = c.m.cased, c.scope_from, c.n.start
    # (also a city whose own words moved the scope past it: its "thành phố" read as a self-reference ("Tỷ lệ ... của
    # thành phố Vinh đạt 71,5%"), or its province in brackets after it ("thành phố Cao Lãnh (Đồng Tháp) có 78% ..."))
    back = max(c.m.start, lo - 70)  # (as far back as a city before an aside naming its province)
    # (the pattern's two openings, looked for first: most clauses name no city)
    opening = cased.find("hanh pho", back, hi) >= 0 or cased.find("TP", back, hi) >= 0
    city = _CITY.search(cased, back, hi) if opening else None
    if (
        city
        and city.start() < lo
        and city.start(1) < lo - 1
        and not _BRACKET_ASIDE.fullmatch(cased, city.end(), lo)
        and not _field_after_city(c, city.end(), lo)
    ):
        city = _CITY.search(cased, lo, hi)  # (a city further back, with the province named since: not its subject)
    if city:
        return not any(city.start() <= x.start <= city.start(1) for x in c.m.places)
    frame = _CITY_FRAME.match(cased, c.m.start, hi)
    if frame and not any(frame.start() <= x.start < hi for x in c.m.places if x.slug != SELF):
        # rule city-frame: a sentence that opens on a city inside the province as its frame ("Ở TP.Thủ Dầu Một, 100%
        # phường ...; tỷ lệ hồ sơ trực tuyến năm 2023 đạt 88,6%") is about it in every clause, past a ";"
        return True
    if _CITY_OPENS.match(cased, c.m.start, hi) and _city_named_before(c):
        # rule city-goes-on: "Thành phố hiện có 612 sản phẩm ..." right after a sentence about "TP.Thủ Dầu Một" in
        # the province's article: the city named last, not the province
        return True
    semi = c.m.lower.rfind(";", c.m.start, hi)
    if (
        semi >= 0
        and (back := _CITY_BACK.search(c.m.lower, semi, hi))
        and not any(back.start() <= x.start < hi for x in c.m.places if x.slug != SELF)
        and _city_before(c, semi)
    ):
        # (past a ";" to a clause that points back at the city: "Tại TP Lào Cai, 100% trường học ...; tỷ lệ hộ gia
        # đình trên địa bàn thành phố ... đạt 93%")
        return True
    # "TP Hà Tĩnh có tỷ lệ ... đạt 92%": the city named like its province, the last place before the value
    last = [x for x in c.m.places if x.end == c.subject_from and x.slug != SELF]
    return (
        bool(last)
        # (not past a ";" to a clause that names its own measure: "riêng thành phố Thanh Hóa có 610 doanh nghiệp;
        # tỷ lệ ... đạt 71,5%"; a clause that goes on with the city's list does: "...; thị xã X xếp thứ hai (0,70)")
        and not (c.scope_from > c.subject_from and c.hit.start >= c.scope_from)
        and last[-1].slug in load_gazetteer().capital_namesakes
        and bool(_CITY_WORD.search(c.m.cased, max(c.m.start, last[-1].start - 12), last[-1].start))
    )


# a province's name in brackets after a city's ("thành phố Cao Lãnh (Đồng Tháp)"; the scope starts at the name, inside)
_BRACKET_ASIDE = re.compile(
    r"\s*\(\s*[A-Z][^()\d;]{0,40}\)?\s*"
    # (or between commas, as what the city is to its province: "thành phố Vị Thanh, trung tâm của tỉnh Hậu Giang, đạt")
    r"|\s*,\s*(?:la\s+)?(?:trung tam|thu phu|do thi)[^,;()\d]{0,30}?\s(?:cua\s+)?(?:tinh\s+)?[A-Z][^,;()\d]{0,30}"
    # (or what the city is in the province, as its predicate: "Thành phố Việt Trì là điểm sáng của tỉnh, với ...")
    r"|\s+la\s+[^,;()\d]{2,40}?\s(?:cua|trong)\s+(?:ca\s+|toan\s+)?tinh"
)
_CITY_BACK = re.compile(r"\b(?:tren dia ban|cua|toan) thanh pho\b")
_CITY_FRAME = re.compile(r"\W*(?:(?:Rieng|Con)\s+)?(?:O|Tai)\s+" + _CITY.pattern + r"\s*,")
_CITY_OPENS = re.compile(r"\W*Thanh pho\s+(?![A-Z])")  # the sentence's subject, with no name after it


def city_frames_sentence(m: Mentions, at: int) -> bool:
    """Rule city-frame for a list's values, which no candidate rule reads: "Tại TP Thái Nguyên, các tỷ lệ tương ứng
    là 93,1%, 91,4% và 90,6%" gives the city's, not the province's (the city named like its province, or a city
    that names no province)."""
    frame = _CITY_FRAME.match(m.cased, m.start, at)
    if frame is None:
        return False
    namesakes = load_gazetteer().capital_namesakes
    return all(x.slug in namesakes for x in m.places if frame.start() <= x.start < frame.end() and x.slug != SELF)


def _city_named_before(c: Candidate) -> bool:
    """The paragraph's last city named before the sentence is a city inside the province (not a province: "TP. Cần
    Thơ"), in an article that is not about a centrally-run city (whose own word "Thành phố" is)."""
    if c.m.context_from is None or c.m.context_from >= c.m.start:
        return False
    found = list(_CITY.finditer(c.m.cased, c.m.context_from, c.m.start))
    return bool(found) and not load_gazetteer().mentions(c.m.cased, c.m.lower, found[-1].start(1), found[-1].end(1))


def _city_before(c: Candidate, end: int) -> bool:
    """The sentence named a city inside the province before ``end`` (its own name, or one named like its province)."""
    cased = c.m.cased
    city = _CITY.search(cased, c.m.start, end)
    # (a province mention may start at the title: "TP Hà Nội", "TP. Cần Thơ")
    if city and not any(city.start() <= x.start <= city.start(1) for x in c.m.places):
        return True
    namesakes = load_gazetteer().capital_namesakes
    return any(
        x.slug in namesakes and _CITY_WORD.search(cased, max(c.m.start, x.start - 12), x.start)
        for x in c.m.places
        if x.end <= end
    )


def region_subject(c: Candidate) -> bool:
    """A region heading the value's clause owns the value ("Đồng bằng sông Hồng có tỷ trọng cao nhất với
    21,5%; Tây Nguyên thấp nhất với 4,2%"), when no province is named between it and the value: a region is
    never the province."""
    pos = c.n.start
    if c.reading == "rank" and c.n.out_of in RANK_DENOMINATORS:
        return False  # "...; chỉ số an toàn thông tin mạng xếp thứ 3/63": a place among all the provinces
    heads = [end for end in c.m.region_heads if end <= pos]
    return bool(heads) and not any(heads[-1] <= x.start < pos and x.slug != SELF for x in c.m.places)


def aggregate_not_province(c: Candidate) -> bool:
    """An aggregate of many provinces is the subject ("giá trị trung bình DTI cấp tỉnh là 0,61"); not the
    bloc a province leads or ranks in ("Đà Nẵng dẫn đầu khối tỉnh, thành phố với giá trị 0,5289")."""
    if not c.m.scope_words:
        return False
    lower = c.m.lower
    return any(
        not _FIELD_BEFORE.search(lower, max(c.subject_from, m.start() - 15), m.start())
        # (not one compared with in an earlier clause: "... đạt 42,6%, cao hơn mức bình quân cả nước (37%);
        # tỷ lệ hồ sơ thanh toán trực tuyến đạt 33,9%" is the province's)
        # (nor after a multiple of it, then a new clause: "cao gấp gần 1,2 lần bình quân cả nước; riêng chỉ số ...
        # xếp thứ 12/63", "cao gấp khoảng 1,3 lần bình quân cả nước (0,4502 điểm) và xếp thứ 5/63", "..., trong khi
        # nhân lực số chỉ xếp hạng 19/34")
        and not (
            _NEXT_CLAUSE.search(lower, m.end(), c.n.start)
            and _COMPARED_AGGREGATE.search(lower, c.subject_from, m.start())
        )
        # (nor the region a province is said to be one of the best of: "Bình Định là một trong những địa phương có
        # kết quả tốt của khu vực Nam Trung Bộ, với DTI 2023 xếp thứ 10/63")
        and not _ONE_OF.search(lower, max(c.m.start, m.start() - 120), m.start())
        # (nor the field of a value before it: "giữ vị trí số 1 của vùng Đông Nam Bộ, đứng thứ 2 toàn quốc")
        and not _VALUE_RIGHT_BEFORE.search(lower, max(c.m.start, m.start() - 8), m.start())
        # (nor the region whose first place the province holds: "Long An tiếp tục là quán quân của vùng khi giá trị DTI
        # 2023 đạt 0,5512")
        and not _TITLE_HELD.search(lower, max(c.m.start, m.start() - 16), m.start())
        # (nor a tier of a board a province is placed in: "PAPI ở nhóm trung bình cao; riêng PAR INDEX ... xếp thứ
        # 18/63")
        and not lower.endswith("nhom ", max(c.m.start, m.start() - 5), m.start())
        for m in _CUES.aggregate.finditer(lower, c.subject_from, c.n.start)
    )


# (also a leading place said in a figure of speech, quoted or not: "vẫn là \"lá cờ đầu\" của khu vực khi năm 2023 tiếp
# tục xếp thứ 3 toàn quốc", "là điểm sáng của vùng")
_TITLE_HELD = re.compile(
    r"\b(?:quan quan|dau bang|ngoi dau|so mot|so 1|la dau tau|dan dau|dung dau|la co dau|diem sang)"
    r"[\"”']?\s+(?:cua\s+)?$"
)


_VALUE_RIGHT_BEFORE = re.compile(r"(?:\d|\b(?:nhat|nhi|dau))\s+$")


_ONE_OF = re.compile(r"\bla mot trong (?:nhung|cac|so)\b")


# (a share of it too: "bằng khoảng 107% mức bình quân cả nước, nhưng trụ cột kinh tế số mới chỉ đạt 0,3815")
_COMPARED_AGGREGATE = re.compile(rf"\b(?:{_CUES.words['compared_with']})\s+(?:[\w,.%]+\s+){{0,4}}$")
_NEXT_CLAUSE = skipping(re.compile(r";|,\s*(?:trong khi|con|rieng|nhung)\b|[,)]\s*va\b"))


def unnamed_province(c: Candidate) -> bool:
    """A province the sentence does not name is the subject: "Địa phương có giá trị nhân lực số thấp nhất
    chỉ đạt 0,1085", "có tỉnh ... chỉ đạt 3%": the value is nobody's we can name, not the last province
    mentioned. Read after the last province named before the value (``subject_from``), where such a
    phrase opens a clause; "Hải Phòng là địa phương có tỷ lệ cao nhất, đạt 78,4%" names its province."""
    lower = c.m.lower
    if lower.find("nhat", c.m.start, c.n.start) < 0 and lower.find("co ", c.m.start, c.n.start) < 0:
        return False  # most sentences: neither a superlative nor "có tỉnh" before the value (a cheap scan first)
    return _UNNAMED.search(lower[c.subject_from : c.n.start]) is not None  # (a slice: "^" is its start)


_UNNAMED = skipping(
    re.compile(
        r"(?:^|[,;:.]\s*|\bco\s+)(?:dia phuong|tinh|don vi)\s+(?:co\s+)?[^,;.\d]{0,60}?\b(?:cao nhat|thap nhat)\b"
        r"|\bco (?:tinh|dia phuong) (?!nao\b)"
    )
)


def hypothetical_example(c: Candidate) -> bool:
    """A made-up example explains how a figure works ("Ví dụ, nếu một tỉnh đạt 0,5 ở chính quyền số ...",
    "Giả sử tỉnh A đạt 0,62 ...", "Ví dụ, một tỉnh có 70% hộ gia đình dùng cáp quang ..."): no province's
    value. A real one named after "Ví dụ" ("Ví dụ, tỉnh Bắc Ninh đạt ...") is not refused."""
    lower = c.m.lower
    if lower.find("mot ", c.m.start, c.n.start) >= 0 and (
        (one := _ANY_ONE_OPENS.match(lower, c.m.start)) is not None
        and not any(one.end() <= x.start < c.n.start for x in c.m.places)
        or _ANY_ONE.search(lower, c.subject_from, c.n.start)
    ):
        # rule any-province: "Một tỉnh đứng thứ 10 trên 34 có thể chứa bên trong cả một tỉnh từng đứng thứ 50 trên 63":
        # a province in general heading the clause, not one the text names (not "Lai Châu là một tỉnh miền núi")
        return True
    if (
        lower.find("vi du", c.m.start, c.n.start) < 0
        and lower.find("gia su", c.m.start, c.n.start) < 0
        and lower.find("neu", c.m.start, c.n.start) < 0
    ):
        return False  # (a cheap scan first: every example names one of these words)
    if _HYPOTHETICAL.search(lower, c.m.start, c.n.start) is not None:
        return True
    # rule if-would: a condition, then what could be ("nếu duy trì tốc độ tăng như trên, DTI 2023 của tỉnh có thể đạt
    # 0,57", "nếu giữ được điểm ... thì tổng điểm có thể chạm ngưỡng 0,44"): no fact; not a condition alone ("Nếu tính
    # theo 63 tỉnh, tỉnh xếp thứ 21", "Nếu như năm 2020 tỉnh xếp thứ 40, thì nay đã lên thứ 21" state facts)
    cond = lower.find("neu", c.m.start, c.n.start)
    return cond >= 0 and _WOULD_BEFORE.search(lower, cond, c.n.start) is not None


_ANY_ONE_OPENS = re.compile(r"\W*mot (?:tinh|dia phuong|thanh pho)\b")  # at the sentence's start
_ANY_ONE = re.compile(r"\bca mot (?:tinh|dia phuong|thanh pho)\b")
# a modal right before the value, after the condition: "có thể (đạt|chạm ngưỡng|quay về quanh vị trí)", "sẽ đạt"
_WOULD_BEFORE = re.compile(r"\b(?:co the|se|co kha nang)\b[^.;\d]{0,35}$")
# grammar: an example's lead ("ví dụ", "chẳng hạn", "giả sử") before "nếu" or an unnamed unit ("một tỉnh", "tỉnh
# A"), or "nếu một tỉnh" anywhere before the value
_HYPOTHETICAL = re.compile(
    r"\b(?:vi du|chang han|gia su)\b,?\s+(?:(?:nhu|la)\s+)?"
    r"(?:neu\b|mot (?:tinh|dia phuong|ban|xa|thon|huyen)\b|(?:tinh|dia phuong|xa|huyen) [a-z]\b)"
    r"|\bneu (?:nhu )?mot (?:tinh|dia phuong|ban|xa|thon|huyen)\b"
    # "Giả sử kinh tế số đạt được mức ...", "nếu mỗi năm tăng được 0,08 điểm" (not "Nếu tách riêng từng địa bàn trước
    # sáp nhập, năm 2024 kinh tế số chiếm 23,1% GRDP của TPHCM (cũ)": the former provinces' real figures)
    r"|\bgia su\b|\bneu moi nam\b"
)


def group_not_province(c: Candidate) -> bool:
    """A count of provinces is the subject: a threshold of a group ("5 địa phương có tỷ lệ trên 80%"); not a
    group its subject is one of, with the subject's own value after it ("Thái Nguyên là một trong 5 địa phương có tỷ
    trọng kinh tế số cao nhất cả nước, với 32,41%")."""
    if not c.m.scope_words:
        return False
    group = _CUES.group_subject.search(c.m.lower, c.subject_from, c.n.start)
    if group is None:
        return False
    if bracketed_place(c.m.lower, c.n, c.m.places) is not None:
        return False  # ("hai tỉnh đạt lần lượt 48,6% (Bắc Ninh) và 55,3% (Bắc Giang)": each value names its own)
    return not (
        _ONE_OF_GROUP.search(c.m.lower, max(c.m.start, group.start() - 16), group.start())
        and _OWN_VALUE_AFTER_GROUP.search(c.m.lower, group.end(), c.n.start)
    )


def bracketed_place(lower: str, n, places):
    """The province named alone in the bracket right after the value ("48,6% (Bắc Ninh) và 55,3% (Bắc Giang)",
    "0,61 (Tây Ninh cũ)"), else None: the value is that province's (rule bracketed-province)."""
    if lower.find("(", n.end, n.end + 4) < 0:
        return None
    for x in places or ():
        if x.start > n.end and x.slug != SELF and _BRACKET_OPEN.fullmatch(lower, n.end, x.start):
            return x.slug if _BRACKET_CLOSE_AFTER_NAME.match(lower, x.end) else None
    return None


_BRACKET_OPEN = re.compile(r"\s*%?\s*\(\s*(?:(?:tinh|thanh pho|tp\.?)\s*)?")
_BRACKET_CLOSE_AFTER_NAME = re.compile(r"\s*(?:\(?cu\)?\s*)?\)")
_ONE_OF_GROUP = re.compile(r"\b(?:mot|1) trong (?:so )?$")
# the group's clause closed, then the value as the subject's: ", với 32,41%", ", đạt 0,61 điểm"
_OWN_VALUE_AFTER_GROUP = re.compile(r",\s*(?:khi\s+)?(?:voi|dat|o muc)\s+(?:(?:muc|ty trong|ty le|gia tri)\s+)?$")


# a capitalised "Sở" alone before a lower-case word: the department the page named before, as a subject
# (or before a comma, framing what follows: "Tôi chỉ có thể nói rằng tại Sở, 100% văn bản đi đã được ký số")
BARE_DEPARTMENT = skipping(re.compile(r"(?<![A-Za-z])So(?=\s+[a-z]|,)"))
# ... unless the figure is the province's own ("toàn tỉnh", "trên địa bàn tỉnh", "của tỉnh")
WHOLE_PROVINCE = re.compile(r"\b(?:toan tinh|tren dia ban tinh|cua tinh|ca tinh)\b")


def department_or_agency(c: Candidate) -> bool:
    """A department, ministry or bank is the subject ("Sở Nội vụ dẫn đầu khối sở với 0,79 điểm"),
    not when named as the source ("Theo Sở TT&TT, ...", "Sở Y tế cho biết ...")."""
    if not c.m.scope_words:
        return False
    m, pos = c.m, c.n.start
    unit = _DEPARTMENT_IS_UNIT.match(m.lower, m.start, pos)
    if unit is not None and m.original is not None and m.original[unit.start(1) : unit.start(1) + 3] == "Sở ":
        return True  # ("Sở Thông tin và Truyền thông là đơn vị đầu tiên của tỉnh đạt 100% ...": "của tỉnh" describes)
    for x in BARE_DEPARTMENT.finditer(m.cased, c.scope_from, pos):
        # "Trong 8 tháng, Sở tiếp nhận 3.215 hồ sơ ...", "... của Sở xếp thứ 4": the department named before
        if m.original is not None and m.original[x.start() : x.start() + 3] not in ("Sở ", "Sở,"):
            continue
        if _named_as_source(m, x, pos):
            continue
        if not WHOLE_PROVINCE.search(m.lower, x.end(), pos):
            return True
    if m.original is not None and m.lower.find(" so", c.scope_from, pos) >= 0:
        for x in _SOME_DEPARTMENTS.finditer(m.lower, c.scope_from, pos):
            # "tỷ lệ hồ sơ trực tuyến của một số sở chỉ khoảng 20%": some departments' (read on the accented text:
            # "một số sở", not "các số")
            if m.original[x.start(1) : x.end(1)].lower() == "sở":
                return True
        for x in _AT_THE_DEPARTMENT.finditer(m.lower, c.scope_from, pos):
            # "Ông ..., Giám đốc Sở Khoa học và Công nghệ, cho biết tại sở, 100% văn bản đi đã được ký số": the
            # department the speaker heads, back-referred in lower case (not "cơ sở", "trụ sở": other nouns)
            if m.original[x.start(1) : x.end(1)] == "sở":
                return True
    for x in _CUES.scope_named.finditer(m.cased, c.scope_from, pos):
        if m.original is not None and m.original[x.start() : x.start() + 3].lower() not in ("sở ", "bộ ", "ngâ"):
            continue  # "số TTHC", "bổ sung": same letters, other words
        if _named_as_source(m, x, pos):
            continue
        return True
    return False


# "tại sở, ...", "ở sở chúng tôi", "của sở mình": the department itself, pointed back at (rule department-or-agency)
# (and the verb of its figure right after it: "tỷ lệ văn bản ký số tại sở đạt 99,8%")
_AT_THE_DEPARTMENT = skipping(re.compile(r"\b(?:tai|o|cua)\s+(so)\b(?=\s*,|\s+(?:chung toi|minh|nay|dat|la|chiem)\b)"))
# departments counted as several ("của một số sở", "ở các sở, ngành", "tại nhiều sở")
# (whose figure it is, "của/ở/tại ...": not the partners of a province-wide effort, "phối hợp với các sở, ngành đưa
# 1.047 sản phẩm lên sàn")
# (the departments' bloc, "các sở, ban, ngành", is rule lower-level-unit's)
_SOME_DEPARTMENTS = skipping(
    re.compile(
        r"\b(?:cua|o|tai)\s+(?:mot so|cac|nhieu|mot vai|phan lon|hau het cac)\s+(so)\b(?!\s*\d|,\s*(?:ban|nganh)\b)"
    )
)


def _named_as_source(m: Mentions, x: re.Match, pos: int) -> bool:
    """The department ``x`` is named as where the figure comes from ("Theo Sở TT&TT, ...", "Sở Y tế cho biết",
    "Theo báo cáo tổng kết của Sở Khoa học và Công nghệ, ...")."""
    lower = m.lower
    return bool(
        _CUES.source_before.search(lower[max(m.start, x.start() - 25) : x.start()])
        or _CUES.source_after.match(lower[x.end() : pos])
        or _REPORT_OF.search(lower, max(m.start, x.start() - 45), x.start())
        # (or as the one that set the target: "vượt chỉ tiêu Bộ Công an giao, đạt 103,8% chỉ tiêu")
        or (_TARGET_OF.search(lower, max(m.start, x.start() - 25), x.start()) and _GIVEN.match(lower, x.end(), pos))
    )


_TARGET_OF = re.compile(r"\b(?:chi tieu|ke hoach|nhiem vu|muc tieu)(?: do| duoc)?\s+$")
_GIVEN = re.compile(r"[^,;.\d]{0,40}?\bgiao\b")


# a report or figures "of" the department, a word or three between ("báo cáo tổng kết của", "số liệu tổng hợp của")
_REPORT_OF = re.compile(r"\b(?:bao cao|so lieu|thong ke)(?: [a-z]+){0,3} cua\s+$")


# a department said to be a unit of the province ("Sở X là đơn vị đầu tiên của tỉnh ...")
_DEPARTMENT_IS_UNIT = re.compile(r"\W*(so) [a-z&, ]{2,60}? la (?:don vi|co quan)\b[^;]*$")
# a one-stop service centre or desk of the administration ("Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm
# Giải quyết thủ tục hành chính", "Bộ phận một cửa")
_SERVICE_CENTRE = re.compile(
    r"\b(?:trung tam (?:phuc vu |giai quyet )?(?:hanh chinh cong|thu tuc hanh chinh)"
    r"|bo phan (?:mot cua|tiep nhan va tra ket qua))\b"
)


def service_centre_figure(c: Candidate) -> bool:
    """The value's clause is about a one-stop service centre or desk ("Tại Trung tâm Phục vụ hành chính công
    tỉnh, tỷ lệ hồ sơ trực tuyến đạt 35%", "Trung tâm ... tiếp nhận 186.400 hồ sơ, với 88,2% hồ sơ nộp qua
    mạng"): an agency's figure (ANNOTATION.md), not the province's; not as the object of a verb ("các xã đã
    vận hành Trung tâm ..."), nor named as the source ("Trung tâm ... cho biết"), nor with the desks of every
    level ("Trung tâm ... và bộ phận một cửa các cấp tiếp nhận ...") or the whole province after it."""
    if not c.m.names_service_centre:
        return False  # (looked up once per sentence: most name no centre)
    lower, lo, pos = c.m.lower, c.scope_from, c.n.start
    semi = lower.rfind(";", c.m.start, pos)
    if semi >= 0 and _PART_OPENS.match(lower, semi + 1):
        # (a clause that opens "trong đó" is a part of the count before the ";": "Trung tâm ... đã tiếp nhận 9.842 hồ
        # sơ ...; trong đó 7.012 hồ sơ được nộp qua Cổng dịch vụ công, chiếm 71,2%")
        lo = min(lo, lower.rfind(";", c.m.start, semi) + 1 or c.m.start)
    named = _SERVICE_CENTRE.search(lower, max(c.m.start, lo - 60), lo) if lo > c.m.start else None
    if named is not None and _OWN_PROVINCE_WORD.fullmatch(lower, named.end(), lo):
        # (the province's word closes the centre's name: "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận ..., trong
        # đó 48% nộp trực tuyến" is the centre's, the value's scope starting after that word)
        lo = named.start()
    if _AT_THE_CENTRE.match(lower, c.n.end):
        # ("Trung tâm ... cho biết hơn 95% hồ sơ tiếp nhận tại trung tâm được số hóa": its own desk's files, pointed
        # back at after the value, though it is named as the source)
        return True
    for x in _SERVICE_CENTRE.finditer(lower, lo, pos):
        head = lower[max(c.m.start, x.start() - 12) : x.start()]
        if head.strip() and not _CENTRE_HEAD.search(head):
            continue  # ("toàn bộ 102 xã đã vận hành Trung tâm ...": an object, not the clause's subject or place)
        if _CUES.source_after.match(lower[x.end() : pos]):
            continue
        if not (WHOLE_PROVINCE.search(lower, x.end(), pos) or _ALL_LEVELS.search(lower, x.end(), pos)):
            return True
    return False


# the centre pointed back at after the value, by its noun alone ("hồ sơ tiếp nhận tại trung tâm")
_AT_THE_CENTRE = re.compile(r"[^,;.()]{0,40}?\b(?:tai|cua|o) trung tam\b(?!\s+(?:phuc vu|hanh chinh|du lieu|giam sat))")
# (and the verb before the value, when the scope starts after it: "riêng Trung tâm ... công tỉnh đạt gần 90%")
_OWN_PROVINCE_WORD = re.compile(r"\s*(?:tinh|thanh pho)?\s*(?:da\s*)?(?:(?:dat|co|la)\s*)?")
_PART_OPENS = re.compile(r"\s*trong (?:do|so do)\b")
# what heads a clause about a centre: its start, a comma or colon after a time phrase, "tại/ở", "riêng (tại)"
_CENTRE_HEAD = re.compile(r"(?:[,:]|\b(?:tai|o|rieng))\s*$")
# "bộ phận một cửa các cấp": every level's desks, the whole province's
_ALL_LEVELS = re.compile(r"\bcac cap\b")


# (or the enterprise's customers: "Tỷ lệ thuê bao MobiFone sử dụng điện thoại thông minh đạt 78%")
# (also its branch named first: "Riêng Chi nhánh Agribank Bình Định đã xử lý hơn 12.000 giao dịch")
# ("Hai bệnh viện hiện có hơn 70% ...": a count of them heading the clause)
_ORG_HEAD = re.compile(
    # ("Đại diện Vietcombank Bình Dương cho biết 95% giao dịch của khách hàng ...": one who speaks for it)
    # (or a list item's mark: "- Văn phòng UBND tỉnh: 0,7102 điểm" among departments' scores)
    r"(?:^|[,;:]|^\s*[-\u2013\u2022+*]|\brieng(?: tai| o)?|\bdai dien|\b(?:thue bao|khach hang)(?: di dong)?)"
    r"(?:\s*chi nhanh)?(?:\s*(?:hai|ba|cac))?$"
)
# ("Riêng tại hệ thống Bưu điện tỉnh, tỷ lệ ... mới đạt 52%": its network, set apart)
_ORG_FRAME = re.compile(r"\W*(?:rieng\s+)?(?:tai|o)\s+(?:(?:he thong|mang luoi)\s+)?")
_OWNER_BEFORE = re.compile(r"\bcua\s+(?:cac\s+)?$")
_PARTNER = r"phoi hop|cung voi"  # (what names a partner: "phối hợp với", "cùng với"; after an organisation, only these)
# (not "với" before a value: "Sở ... dẫn đầu với 0,7406 điểm, Văn phòng UBND tỉnh xếp thứ hai" names no partner)
_WITH = re.compile(rf"\b(?:{_PARTNER}|voi(?!\s+(?:(?:khoang|gan|hon|tren)\s+)?\d))\b")
_PARTNER_AFTER = re.compile(rf"\b(?:{_PARTNER})\b")


def organisation_figure(c: Candidate) -> bool:
    """An enterprise or one of its branches heading the value's clause ("Riêng Agribank Quảng Ninh đã mở
    mới hơn 46.000 tài khoản", "Viettel Thanh Hóa hiện có gần 1,3 triệu thuê bao 4G, chiếm 61% thị phần",
    "riêng Văn phòng UBND tỉnh có tỷ lệ ... đạt 99%"): the figure is its own, not the province's; not
    when it is named as the source ("Theo VNPT Hà Giang, ...") or follows "với" ("phối hợp với Viettel")."""
    if c.ind.code.startswith("postal_"):
        return False  # the post office's own network is the province's postal network
    lower, pos = c.m.lower, c.n.start
    semi = lower.rfind(";", c.m.start, pos)
    region = semi + 1 if semi >= 0 else c.m.start
    for x_start, x_end in c.m.organisations:
        if c.n.end <= x_start < c.hit.end and _OWNER_BEFORE.search(lower, max(c.n.end, x_start - 12), x_start):
            # (named inside the phrasing after the value as its owner: "94% văn bản đi của Văn phòng Tỉnh ủy được ký
            # số", "78% văn bản đi của cơ quan Mặt trận tỉnh được ký số")
            return True
        if x_start < pos and (
            _ORG_FRAME.fullmatch(lower, c.m.start, x_start)
            or (semi >= 0 and _ORG_FRAME.fullmatch(lower, region, x_start))
        ):
            # ("Tại Bệnh viện Hữu nghị Đa khoa, khoảng 63% giao dịch viện phí ...": the frame the sentence opens with;
            # it holds past a ";": "Tại Bệnh viện ..., mỗi ngày có 2.500 lượt khám; hơn 90% người bệnh ..."; and one a
            # clause after a ";" opens with: "...; tại BIDV Bình Dương, tỷ lệ này là 92%")
            return not _CUES.source_after.match(lower[x_end:pos])
        if not region <= x_start < pos:
            continue
        if not _ORG_HEAD.search(lower[region:x_start].rstrip()) or _WITH.search(lower, region, x_start):
            continue  # ("Sở phối hợp với Bưu điện tỉnh, Viettel X hỗ trợ ...": partners of the subject)
        if _ORG_ITSELF.search(lower, x_end, pos) or _ITS_CUSTOMERS.match(lower, c.n.end):
            # ("Riêng Agribank chi nhánh Bình Dương cho biết tỷ lệ khách hàng ... mở tại ngân hàng này là 82%": a source
            # whose figure points back at itself; so does one that counts its customers: "Vietcombank chi nhánh Long An
            # cho biết 85% giao dịch của khách hàng cá nhân ...")
            return True
        if _CUES.source_after.match(lower[x_end:pos]) or _PARTNER_AFTER.search(lower, x_end, pos):
            continue  # ("Bưu điện tỉnh ..., phối hợp với 2.310 Tổ công nghệ số": the value is the partner's; not "với"
            # alone: "Agribank chi nhánh Bắc Giang chiếm thị phần lớn nhất với khoảng 620.000 tài khoản" is its own)
        return True
    return False


_ORG_ITSELF = re.compile(r"\b(?:ngan hang|chi nhanh|doanh nghiep|nha mang|tap doan|tong cong ty) nay\b")
_ITS_CUSTOMERS = re.compile(r"[^,;.]{0,25}?\bkhach hang\b")


def members_figure(c: Candidate) -> bool:
    """Rule members-figure: a share or count of an organisation's members ("96% đoàn viên sử dụng điện thoại thông
    minh", "Tỷ lệ hội viên có tài khoản ngân hàng đạt 88%", "99% sinh viên nộp học phí không dùng tiền mặt") measures
    them, not the province's people."""
    lower = c.m.lower
    if _MEMBERS_AFTER.match(lower, c.n.end):
        return True
    return _MEMBERS_MEASURED.search(lower, max(c.clause_start, c.n.start - 90), c.n.start) is not None


_MEMBERS_AFTER = re.compile(rf"\s*(?:(?:so|cac|tong so)\s+)?(?:{_CUES.words['member_nouns']})\b")
_MEMBERS_MEASURED = re.compile(rf"\b(?:ty le|so)\s+(?:{_CUES.words['member_nouns']})\b[^;.]*$")


def _closed_aside(lower: str, pos: int, value: int) -> bool:
    """``pos`` lies in a bracket that closes before ``value``."""
    opened = lower.rfind("(", 0, pos)
    return opened >= 0 and ")" not in lower[opened:pos] and ")" in lower[pos:value]


# grammar: "Riêng (tại)" and a unit word heading a clause (after the sentence start, a comma or ";")
_SET_APART = re.compile(
    # (counted: "Riêng tại 34 xã biên giới, tỷ lệ thôn có sóng mới đạt 91,2%")
    rf"(?:^|[,;:]\s*)(?:{_CUES.words['set_apart_leads']})\s+(?:(?:\d+|cac|hai|ba)\s+)?(?:{_CUES.words['set_apart_units']})\b"
    r"(?!(?<=xa) hoi\b)"  # "Riêng xã hội số, tỉnh xếp thứ 20": the pillar, no commune
)


# the kinds of communes a clause may open on as a part of the province (rule set-apart-unit; its cheap gate too)
_KINDS = ("mien nui", "vung cao", "vung sau", "vung xa", "bien gioi", "dac biet kho khan", "ven bien")
# the towns of the province heading the value's clause, "Riêng" or not ("; ở khu vực đô thị, tỷ lệ này đạt 89,4%");
# not the countryside ("Ở khu vực nông thôn, 120 nghìn hộ sản xuất nông nghiệp ..." is where the measure lives), nor
# a region
_AREA_PART = re.compile(
    r"(?:[,;:]\s*|^\s*)(?:(?:rieng|o|tai)\s+)?khu vuc (?:do thi|thanh thi)\s*,"
    # (so are the communes of one kind: "Tuy vậy, ở các xã miền núi phía tây (...), tỷ lệ hồ sơ trực tuyến chỉ đạt 35%")
    r"|(?:[,;:]\s*|^\s*)(?:rieng\s+)?(?:o|tai)\s+(?:cac|nhung)\s+(?:xa|huyen|thon|ban|phuong)\s+"
    r"(?:mien nui|vung cao|vung sau|vung xa|bien gioi|dac biet kho khan|ven bien)[^,;]*,"
    # (or right before the value: "nhận qua tài khoản tại khu vực nội thành đạt 84,3%; tính chung toàn thành phố ...")
    r"|\b(?:o|tai)\s+khu vuc (?:noi thanh|ngoai thanh|do thi|thanh thi)\b[^,;]{0,12}$"
)


def set_apart_unit(c: Candidate) -> bool:
    """A unit inside the province set apart by "Riêng" heads the value's clause ("Riêng tại Trung tâm
    Phục vụ hành chính công tỉnh đã tiếp nhận 21.456 hồ sơ, trong đó 93,1% trực tuyến", "Riêng TX An
    Nhơn đạt 61%"): the value is the unit's, a part of the province's (a province so set apart,
    "Riêng TP Hồ Chí Minh đạt 48,9%", is no unit). A "sở" must be spelt so ("riêng số hồ sơ ...")."""
    m = c.m
    lo = max(m.start, m.lower.rfind(";", m.start, c.n.start) + 1)
    gate = m.lower.find("khu vuc ", lo, c.n.start) >= 0 or any(m.lower.find(w, lo, c.n.start) >= 0 for w in _KINDS)
    if gate and _AREA_PART.search(m.lower[lo : c.n.start]):
        return True  # "; ở khu vực đô thị, tỷ lệ này đạt 89,4%": the urban part of the province's figure
    if m.lower.find("rieng", lo, c.n.start) < 0 and m.lower.find("ngay tai", lo, c.n.start) < 0:
        return False
    for x in _SET_APART.finditer(m.lower[lo : c.n.start]):
        unit = lo + x.end()
        # ("Riêng tại sở, ...": the department the sentence before named, in lower case too)
        spelt = m.original[unit - 2 : unit].lower() if m.original is not None else "sở"
        if m.lower.startswith("so", unit - 2) and spelt != "sở":
            continue
        return True
    return False


def lower_level_unit(c: Candidate) -> bool:
    """A district, commune or the ministries' level is the subject ("UBND cấp xã ... đạt 100%",
    "khối huyện"), not a span of levels ("từ cấp tỉnh đến cấp xã"); so is the provincial level
    heading a clause of a breakdown ("đạt 55%, trong đó cấp tỉnh đạt 80%": its agencies' figure),
    not the index's name ("chỉ số chuyển đổi số cấp tỉnh đạt 0,52")."""
    if not c.m.scope_words:
        return False
    m = c.m
    frame = _LEVEL_FRAME.match(m.lower, m.start, c.n.start)
    if frame is not None and ";" not in m.lower[frame.end() : c.n.start]:
        return True  # rule level-frame: "Ở cấp huyện, thành phố Huế dẫn đầu với 0,7105 điểm": the level frames the unit
    for x in _CUES.scope_subject.finditer(m.lower, c.scope_from, c.n.start):
        if _SPAN_OF_LEVELS.search(m.lower[max(m.start, x.start() - 5) : x.start()]):
            continue
        if _REORGANISED.search(m.lower, max(m.start, x.start() - 40), x.start()):
            continue  # "Sau khi sắp xếp đơn vị hành chính cấp xã, 3.812 Tổ ...": the level reorganised, no subject
        if m.lower.find("tong so", x.end(), c.n.start) >= 0:
            continue  # "108 tổ cấp xã và 816 tổ cấp ấp, nâng tổng số lên 924 tổ": the total of the levels
        # "Ngân hàng Nhà nước chi nhánh tỉnh cho biết trên địa bàn ...", "Theo Ngân hàng Nhà nước chi nhánh tỉnh, đến
        # cuối năm 2021 tỷ lệ ...": the source, not the subject (as for a department: department_or_agency)
        if _CUES.source_after.match(m.lower[x.end() : c.n.start]) or (
            _CUES.source_before.search(m.lower[max(m.start, x.start() - 40) : x.start()])
            and "," in m.lower[x.end() : c.n.start]
        ):
            continue
        if _WITH.search(m.lower, max(m.start, x.start() - 12), x.start()):
            continue  # "Bưu điện tỉnh phối hợp với các sở, ngành đã đưa 1.047 sản phẩm ...": partners of the subject
        if _closed_aside(m.lower, x.start(), c.n.start):
            continue  # "đạt 68,5% (trong đó cấp huyện 61,7%), ... đạt 47,8%": the bracket's levels are its own
        return True
    # searched on the slice: "^" is the sentence's (or the scope's) start
    lo = max(m.start, c.scope_from - 1)
    head = m.lower[lo : c.n.start]
    if not any(w in head for w in _PROVINCIAL_LEVELS):
        return False  # (every match names a provincial level; the pattern opens with "^": tried at every character)
    return any(not _closed_aside(m.lower, lo + x.end() - 1, c.n.start) for x in _PROVINCIAL_LEVEL_HEAD.finditer(head))


# a sentence framed by a level below the province, "Ở cấp huyện, ...", "Đối với cấp quận, huyện, ...", "Trong khối xã,
# phường, ...": what it ranks or measures are the level's units, whatever their names
_LEVEL_FRAME = re.compile(
    r"\W*(?:(?:o|tai|doi voi|trong|xet o|rieng)\s+)?(?:cap|khoi)\s+(?:quan|huyen|xa|phuong|thi xa|thanh pho thuoc tinh)"
    r"(?:\s*(?:,|va)\s*(?:quan|huyen|xa|phuong|thi xa|thi tran|thanh pho))*\s*,"
)
_PROVINCIAL_LEVELS = tuple(_CUES.lists["provincial_levels"])  # (the words, as written in the trie below)
# grammar: the provincial level at the head of its clause (after the sentence start, a comma, ";",
# ":" or "trong đó"), a year or "ở"/"tại" before it at most; cue words from cues.yml
_PROVINCIAL_LEVEL_HEAD = re.compile(
    r"(?:^\s*|[,;:]|\btrong do\b,?|\bnam \d{4},?)\s*(?:(?:o|tai)\s+)?"
    rf"(?:{_CUES.words['provincial_levels']})\b(?!\s+(?:va|den|toi)\b)"
)


# grammar: a link word, then a level that owns the figure ("của UBND cấp huyện", "ở khối sở"), in the
# words right after the value up to the first comma, bracket or number (", tại cấp huyện là 40%" after
# "đạt 56%" is the next figure's); the words from cues.yml
_LEVEL_OWNER = skipping(
    re.compile(rf"\b(?:{_CUES.words['level_links']})\s+(?:{_CUES.words['level_owners']})\b(?!(?<=xa) hoi\b)")
)
_AFTER_CUT = re.compile(r"[,;(\d]")


# a count's noun (a few words) and a level right after it, no link word: "193 tổ cấp xã", "816 tổ cấp ấp, khóm"
# ... with the next level's count after it ("và 816 tổ cấp ấp"): one part of a breakdown by level ("Toàn tỉnh
# đã kiện toàn 64 Tổ ... cấp xã" alone is every team the province has); not where the counted are ("ở cấp xã")
_COUNT_AT_LEVEL = re.compile(
    r"\s*(?:(?!(?:o|tai|trong|cua|thuoc)\b)[a-z]+\s+){1,7}?cap\s+(?:xa|thon|ap|ban|huyen|to)\b"
    r"[^.;()\d]{0,12}?\s(?:va|,)\s+[\d.]+\s"
)


def level_after_value(c: Candidate) -> bool:
    """A lower level named right after a share or count as its owner is the subject ("45% TTHC
    của UBND cấp huyện được cung cấp toàn trình", "91% ở khối sở, ngành"), not the province
    (ANNOTATION.md: a department's, district's or commune's figure); a share over units counted
    ("phủ sóng 100% trung tâm cấp xã") is the province's; so is a department's share said "của Sở"
    right after the value ("100% văn bản đi của Sở được ký số")."""
    if c.reading == "rank":
        return False
    if _department_owns(c):
        return True
    if not c.m.scope_words:
        return False
    if c.reading == "count" and _COUNT_AT_LEVEL.match(c.after):
        return True  # "108 Tổ công nghệ số cộng đồng cấp xã và 816 tổ cấp ấp": the part at one level
    if c.reading == "count" and any(c.clause_start <= x.start < c.n.start for x in c.m.places):
        return False  # "Toàn tỉnh duy trì 1.215 Tổ ... ở cấp xã và thôn": where the counted teams are
    if c.reading == "count" and _UNITS_LISTED.match(c.m.lower, c.n.end, min(c.m.end, c.n.end + 90)):
        # "6.115 Tổ công nghệ số cộng đồng ở các xã, phường, thị trấn và tổ dân phố": where they all are (read past the
        # window's 45 characters: "1.102 Tổ công nghệ số cộng đồng hoạt động ở các xã, phường")
        return False
    cut = _AFTER_CUT.search(c.after)
    if _EVERY_LEVEL.match(c.after):
        # "91,3% văn bản đi của các sở, ngành, UBND cấp huyện được ký số": the province's bodies, all its levels
        return False
    return bool(_LEVEL_OWNER.search(c.after, 0, cut.start() if cut else len(c.after)))


# several kinds of unit listed after the count's noun, where the counted things are ("ở các xã, phường, thị trấn")
_UNIT_KINDS = r"(?:xa|phuong|thi tran|thon|ban|ap|khom|to dan pho|dac khu)"
_UNITS_LISTED = re.compile(
    rf"[^,;()\d]{{0,50}}?\bo (?:cac |tat ca (?:cac )?|khap (?:cac )?)?{_UNIT_KINDS}(?:\s*,\s*|\s+va\s+){_UNIT_KINDS}\b"
)
# the departments and a level below listed together as the owner: every level of the province's administration
_EVERY_LEVEL = re.compile(
    r"[^,;()\d]{0,40}?\bcua cac (?:co quan, )?so,? (?:ban,? )?nganh,? (?:va )?(?:ubnd |uy ban nhan dan )?"
    r"cap (?:huyen|xa)\b"
)


def _department_owns(c: Candidate) -> bool:
    """ "100% văn bản đi của Sở (trừ văn bản mật) được ký số", "100% hồ sơ ... thuộc thẩm quyền của Sở": the
    department the page is about owns the share named right after the value ("của Sở", checked in the
    original spelling: folded, "của số hộ" and "của sổ" read the same)."""
    lower, original = c.m.lower, c.m.original
    end = min(c.m.end, c.n.end + 70)
    cut = _AFTER_CUT.search(lower, c.n.end, end)
    at = lower.find("cua so", c.n.end, cut.start() if cut else end)
    return (
        at >= 0
        and original is not None
        and original[at + 4 : at + 6] in ("Sở", "sở")
        and not lower.startswith(" huu", at + 6)  # "của sở hữu" (ownership)
    )


def integration_not_provision(c: Candidate) -> bool:
    """A share of services integrated or connected is not a share provided online
    ("tích hợp 100% DVC lên Cổng quốc gia"); nor is a count of them ("đã tích hợp 836 DVCTT lên Cổng Dịch vụ công quốc
    gia", "tích hợp, đồng bộ 1.029 dịch vụ công trực tuyến"), the verb right before the count."""
    if c.n.percent:
        return c.ind.code.startswith("online_public_service") and bool(_CUES.integration.search(c.before))
    return (
        c.ind.code == "admin_procedure_count"
        and bool(_INTEGRATED_COUNT.search(c.before))
        # (into the national portal: the province's own portal "đã tích hợp 1.588 thủ tục" offers them)
        and bool(_TO_NATIONAL_PORTAL.match(c.m.lower, c.n.end, c.m.end))
    )


_TO_NATIONAL_PORTAL = re.compile(r"[^.;]{0,40}?\b(?:len|vao|voi|tren)\s+cong\s+(?:dich vu cong|dvc)\s+quoc gia")
_INTEGRATED_COUNT = re.compile(
    r"\b(?:tich hop|dong bo|ket noi)(?:\s*,?\s*(?:va\s+)?(?:tich hop|dong bo|cong khai|ket noi))*"
    r"\s+(?:(?:gan|hon|tren)\s+)?$"
)


_TOTAL_BEFORE = re.compile(rf"\b(?:{_CUES.words['procedure_total_before']})\s*$")
_TOTAL_AFTER = re.compile(rf"\s*(?:thu tuc hanh chinh|tthc|thu tuc)\s+(?:{_CUES.words['procedure_total_after']})\b")


def procedure_total(c: Candidate) -> bool:
    """The procedures a province handles in all are not those it offers online ("trên tổng số 1.921
    thủ tục", "tỉnh có 1.498 thủ tục hành chính thuộc thẩm quyền giải quyết; trong đó 514 ...", "Hiện
    tỉnh có 1.983 TTHC, trong đó 1.758 TTHC được cung cấp dưới hình thức dịch vụ công trực tuyến": the
    part "trong đó" says is online is the count, the whole is not)."""
    if not _procedure_count(c):
        return False
    return bool(
        _TOTAL_BEFORE.search(c.before)
        or _TOTAL_AFTER.match(c.m.lower, c.n.end)
        or (
            _TOTAL_THEN_ONLINE_PART.match(c.m.lower, c.n.end, c.m.end) is not None
            # ("Cổng dịch vụ công trực tuyến của tỉnh đang cung cấp 1.796 thủ tục, trong đó ...": offered online)
            and not _ONLINE_BEFORE.search(c.m.lower, max(c.m.start, c.n.start - 60), c.n.start)
            # (nor by the system that settles them: "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã cung
            # cấp 1.872 thủ tục hành chính, trong đó 1.085 ... trực tuyến" counts what the province offers)
            and not _SYSTEM_OFFERS.search(c.m.lower, max(c.m.start, c.n.start - 110), c.n.start)
        )
    )


_SYSTEM_OFFERS = re.compile(r"\bhe thong thong tin giai quyet\b[^.;]{0,70}?\bcung cap\s+$")


_ONLINE_BEFORE = re.compile(r"\b(?:truc tuyen|dich vu cong|dvc)\b")
# grammar: a count of procedures, no word of being online, then its part "trong đó M ... trực tuyến"
_TOTAL_THEN_ONLINE_PART = re.compile(
    r"\s*(?:thu tuc hanh chinh|tthc|thu tuc)\b(?:(?!truc tuyen|dich vu cong|dvc)[^;.]){0,60}?,?\s*trong do\s+"
    r"\d[\d.]*\s[^;.]{0,70}?\btruc tuyen\b"
)


def _procedure_count(c: Candidate) -> bool:
    return c.ind.code == "admin_procedure_count" and c.reading == "count"


# the rest of the count's clause names the full-online form ("1.190 thủ tục được cung cấp dưới hình thức
# dịch vụ công trực tuyến toàn trình")
_FULL_ONLINE_AFTER = re.compile(rf"[^,;.()]{{0,90}}?\b(?:{_CUES.words['full_online_words']})\b")


def full_online_part(c: Candidate) -> bool:
    """The procedures offered fully online are a part of those offered online, not their count ("1.190
    thủ tục được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình"; as the phrasing of
    "1.082 dịch vụ công trực tuyến toàn trình" already says)."""
    return _procedure_count(c) and _FULL_ONLINE_AFTER.match(c.m.lower, c.n.end, c.m.end) is not None


def subset_of_count(c: Candidate) -> bool:
    """A part of a count already taken ("có 540 sản phẩm ..., trong đó 190 sản phẩm OCOP")."""
    if c.reading != "count":
        return False
    prev = [b for b in c.bound if b.indicator.code == c.ind.code and b.number.end <= c.n.start]
    if not prev or not _CUES.subset_lead.search(c.m.lower, prev[-1].number.end, c.n.start):
        return False
    # (not past a ";" to another province's own count: "..., trong đó 58,3% là ... toàn trình; Hưng Yên cũ cung cấp
    # 1.655 thủ tục")
    semi = c.m.lower.rfind(";", prev[-1].number.end, c.n.start)
    return semi < 0 or not any(semi < x.start < c.n.start and x.slug != SELF for x in c.m.places)


def total_before_qualified_part(c: Candidate) -> bool:
    """Rule total-before-qualified-part: a total whose part counted after "trong đó" is what the phrasing measures
    ("có 152 điểm phục vụ bưu chính công cộng, trong đó 149 điểm đã có kết nối Internet băng rộng cố định": the
    indicator counts the points connected, 149): the total is not the indicator's value, the part is. Only when the
    part's own words match the phrasing again right after its number ("540 sản phẩm trên sàn, trong đó 190 sản phẩm
    OCOP" names a kind, not what the indicator measures: rule subset-of-count keeps the total). Only for a topic whose
    count is of such a part (``counts_part`` in phrases.yml): the procedures, products and enterprises counted have
    none, their totals stand, as the gold of every round has them."""
    if c.reading != "count" or c.hit.start == c.hit.end or not c.hit.topic.counts_part:
        return False
    lower = c.m.lower
    stop = lower.find(";", c.n.end, c.m.end)
    stop = stop if stop >= 0 else c.m.end
    lead = _CUES.subset_lead.search(lower, max(c.n.end, c.hit.end), stop)
    if lead is None or not lower.startswith("trong", lead.start()):
        return False
    part = _PART_COUNT.match(lower, lead.end(), stop)
    if part is None:
        return False
    again = c.hit.topic.regex.search(lower, part.end(), stop)
    return again is not None and again.start() - part.end() <= 12


# the part's number right after "trong đó" (a count, not a share: "trong đó 100% điểm đã có kết nối" is rule
# subset-of-share's)
_PART_COUNT = re.compile(r"\s*(?:co\s+)?\d[\d.]*(?![\d.,]*\s*%)")


def subset_of_share(c: Candidate) -> bool:
    """A part of a share already taken, named after "trong đó" ("tỷ lệ hồ sơ thanh toán trực tuyến đạt 62,3%, trong
    đó lĩnh vực đất đai đạt 74%", "trong đó Trung tâm Phục vụ hành chính công tỉnh đạt 96%"): a sector's or an
    agency's share of the same measure, not the province's; not a province or a year named there (a list's item, an
    earlier year's value)."""
    prev = [b for b in c.bound if b.indicator.code == c.ind.code and b.number.end <= c.n.start]
    if not prev:
        return False
    lower = c.m.lower
    lead = _IN_WHICH.search(lower, prev[-1].number.end, c.n.start)
    if lead is None or not _NAMED_PART.match(lower, lead.end(), c.n.start):
        return False
    between = (lead.end(), c.n.start)
    return not any(between[0] <= x.start < between[1] and x.slug != SELF for x in c.m.places) and not any(
        between[0] <= y.start < between[1] for y in c.m.years
    )


_IN_WHICH = re.compile(r",\s*trong (?:do|so do)\s+")
# the part's own name, then its verb ("lĩnh vực đất đai đạt", "Trung tâm ... tỉnh đạt")
_NAMED_PART = re.compile(
    r"(?:linh vuc|nganh|trung tam|bo phan|khoi|nhom)\b[^,;.()\d]{0,60}?\b(?:dat|la|chiem|len toi)\s+$"
)


def quiz_option(c: Candidate) -> bool:
    """A contest's answer options are no facts ("Với bốn phương án 21,5%, 30,8%, 41,2% và 55,6%, chỉ 23 em chọn đúng",
    "Phương án A (0,5749) là giá trị trung bình của cả nước"), except the one given as the answer ("chọn đúng đáp án
    41,2%")."""
    lower = c.m.lower
    if _QUIZ_OPTIONS.search(lower, c.m.start, c.m.end) is None:
        return False
    return _ANSWER_BEFORE.search(lower, max(c.m.start, c.n.start - 30), c.n.start) is None


_QUIZ_OPTIONS = re.compile(r"\b(?:phuong an [a-d]\b|(?:hai|ba|bon|cac|nhung) phuong an\b)")
_ANSWER_BEFORE = re.compile(r"\bdap an(?: dung)?(?: la)?\s*:?\s*$")


def foreign_place(c: Candidate) -> bool:
    """A country or a region abroad named before the value in its sentence, and no province after it, owns the value
    ("Tại Australia, hơn 90% giao dịch bán lẻ được thanh toán không dùng tiền mặt", "Singapore có hơn 96% dân số sử
    dụng Internet"): a partner's figure told to the province, not the province's."""
    lower = c.m.lower
    found = None
    for m in _FOREIGN.finditer(lower, c.m.start, c.n.start):
        # (not a border named: "tỉnh biên giới giáp Trung Quốc, có 98% thôn có sóng")
        found = None if _BORDER_BEFORE.search(lower, max(c.m.start, m.start() - 16), m.start()) else m
    return found is not None and not any(
        found.end() <= x.start < c.n.start and x.slug != SELF for x in c.m.places
    )


_FOREIGN = skipping(re.compile(rf"\b(?:{_CUES.words['foreign_places']})\b"))
_BORDER_BEFORE = re.compile(r"\b(?:giap|bien gioi(?: voi)?|cua khau)\s+(?:voi\s+)?$")


def where_clause_place(c: Candidate) -> bool:
    """A value in a clause that opens with "nơi" (where) is the place's named right before it ("... vùng
    miền núi A Lưới, Nam Đông, nơi tỷ lệ hộ có cáp quang mới khoảng 55%"): not the province's, unless the
    place is a province ("..., Lai Châu, nơi tỷ lệ ... chỉ đạt 30%" is Lai Châu's, read by the subject rules)."""
    lower = c.m.lower
    where = lower.rfind(", noi ", c.m.start, c.n.start)
    if where < 0 or not _WHERE_CLAUSE.match(lower, where, c.n.start):
        return False
    if any(where < x.start < c.n.start for x in c.m.places) or any(h.end == where for h in c.m.topics):
        return False  # "..., nơi tỉnh đứng thứ hai" names its subject; "trụ cột kinh tế số, nơi ...": a measure's
    return not any(where - 40 <= x.end <= where + 1 and x.slug != SELF for x in c.m.places)


# ", nơi" and its clause up to the value (no other clause between)
_WHERE_CLAUSE = re.compile(r", noi [^,;:.()]*$")


def margin_over_place(c: Candidate) -> bool:
    """Rule margin-over-place: a value right after "hơn" and a place ("đạt 0,6890 điểm, hơn TP.HCM 0,0145 điểm", "cao
    hơn Đắk Lắk cũ 12 bậc và 0,0505 điểm") is by how much the subject leads that place, neither one's value."""
    lower = c.m.lower
    for x in c.m.places:
        if x.end <= c.n.start <= x.end + 30 and lower.endswith("hon ", 0, x.start) and _MARGIN_GAP.fullmatch(
            lower, x.end, c.n.start
        ):
            return True
    return False


# between the place a margin is over and the margin: "(cũ)", another margin ("12 bậc và")
_MARGIN_GAP = re.compile(r"(?:\s*\(?cu\)?)?\s*(?:\d+\s+(?:bac|diem|hang)\s+va\s+)?")


def average_over_years(c: Candidate) -> bool:
    """Rule average-over-years: a value averaged over a span of years ("tính trung bình giai đoạn 2020-2023, điểm DTI
    của tỉnh này đạt khoảng 0,53") is no edition's value (a change averaged is rule average-change's)."""
    if c.reading == "change":
        return False  # (rule average-change's)
    semi = c.m.lower.rfind(";", c.m.start, c.n.start)
    return _AVERAGED_YEARS.search(c.m.lower, max(c.m.start, semi + 1), c.n.start) is not None


_AVERAGED_YEARS = re.compile(
    r"\b(?:trung binh|binh quan)\s+"
    r"(?:(?:cua\s+)?(?:ca\s+)?(?:giai doan|thoi ky)|cac nam|(?:moi|hang|mot)\s+nam|\d+\s+nam)\b"
)


def index_weight(c: Candidate) -> bool:
    """Rule index-weight: a pillar's weight in the index ("Trọng số của trụ cột chính quyền số là 0,4", "được thiết kế
    với trọng số 0,3 trong tổng điểm") is part of the method, no province's score."""
    w = _WEIGHT_BEFORE.search(c.m.lower, max(c.clause_start, c.n.start - 70), c.n.start)
    # (read on the accented text: "trọng số", the weight, not "trong số", among)
    return w is not None and c.m.original is not None and c.m.original[w.start() : w.start() + 5].lower() == "trọng"


_WEIGHT_BEFORE = re.compile(r"\btrong so\b[^,;.\d]{0,60}$")


def component_change(c: Candidate) -> bool:
    """Rule component-change: a change said of a pillar or main index named between the index and the value ("chỉ số
    DTI ... tăng 0,0612 điểm; trụ cột kinh tế số tăng 0,0530 điểm") is the part's, which the catalog does not hold: not
    the index's change."""
    if c.reading != "change":
        return False
    return any(
        c.hit.end <= h.start < c.n.start and h.topic.codes and is_dti_part(h.topic) and "change" not in h.topic.codes
        for h in c.m.topics
    )


def district_or_commune(c: Candidate) -> bool:
    """A named district or commune is the subject ("huyện Cư M'gar đạt 92,3%"), also one the sentence opens
    with as its frame, across the asides after it ("Ở huyện đảo Cô Tô, nơi việc đi lại khó khăn, 100% hồ sơ ...";
    "Ở quận Ninh Kiều, trung tâm của thành phố, tỷ lệ ... lên tới 96%")."""
    if not _unit_gate(c.m):
        return False  # (no word a unit is named or counted by: every branch below needs one; a cheap scan first)
    cased, lo, hi = c.m.cased, c.ctx_start, c.n.start
    bare = _BARE_UNIT_OPENS.match(c.m.lower, c.m.start, hi) or _BARE_UNIT_SUBJECT.search(c.m.lower, c.m.start, hi)
    if bare and not any(
        x.start < hi and x.slug != SELF for x in c.m.places
    ):
        # rule bare-unit-subject: the commune speaking of itself as its clause's subject, with no name ("Sau ba tháng
        # vận hành chính quyền hai cấp, xã tiếp nhận 1.315 hồ sơ, tỷ lệ nộp trực tuyến đạt 91,6%"; not "100% xã có ...")
        return True
    if _UNIT_EXAMPLES_AFTER.match(c.m.lower, c.n.end, c.m.end):
        return True  # "Nhiều địa phương có tỷ lệ hồ sơ trực tuyến trên 98% như phường A, phường B": the examples' value
    if _UNIT_OWNS_AFTER.match(c.m.lower, c.n.end, c.m.end):
        # rule unit-after-value: the value's noun owned by a unit ("95,2% hồ sơ thủ tục hành chính của xã được nộp trực
        # tuyến", "17 tổ công nghệ số cộng đồng của xã"): the unit's, not the province's
        return True
    if _unit_value_before(c):
        return True
    # (a province named after a colon on the way to the value takes it back: "Đại biểu ... (Tổ đại biểu quận Cầu
    # Giấy) nêu: năm 2021, Hà Nội xếp thứ 7/63", the unit said who spoke, not whose the value is)
    colon = cased.rfind(":", lo, hi)
    if colon >= 0 and any(colon < x.start < hi and x.slug != SELF for x in c.m.places):
        lo = colon
    if any(spelt_as_unit(c.m.original, cased, u) for u in _CUES.lower_unit.finditer(cased, lo, hi)):
        return True
    if _CUES.lower_unit_abbr.search(cased, lo, hi):
        return True
    semi = c.m.lower.rfind(";", c.m.start, hi)
    if semi >= 0 and _CUES.unit_self.search(c.m.lower, semi, hi) and not any(semi < x.start < hi for x in c.m.places):
        # "Huyện Ninh Hải là địa phương đầu tiên ...; huyện đạt tỷ lệ 86% hồ sơ trực tuyến": the unit speaking of itself
        # in the value's own clause after the ";" (a place named there takes it back)
        return True
    at = c.hit.start if c.hit is not None and c.hit.start < lo else lo  # (where the measure's phrasing starts)
    if _CUES.lower_unit_has.search(cased, max(c.m.start, at - 130), at) and not any(
        at <= x.start < hi for x in c.m.places
    ):
        # (unless a place is named on the way to the value: "... lần lượt là 91% và 87%, trong khi toàn tỉnh đạt 66,3%")
        return True  # "trong đó xã Tam Dương có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 96%": the unit has the measure
    if at < lo and _CUES.lower_unit_doing.search(cased, max(c.m.start, at - 60), at) and not any(
        at <= x.start < hi for x in c.m.places
    ):
        return True  # "..., trong khi xã Ba Tơ đã phủ sóng 100%": the unit named right before the measure's verb
    semi = cased.rfind(";", c.m.start, hi)
    if semi >= 0:
        # ("...; huyện Bát Xát đã đưa sóng 4G về 100% thôn": a unit heading the value's clause after a ";")
        head = _CUES.lower_unit.search(cased, semi, min(hi, semi + 40))
        if (
            head is not None
            and not cased[semi + 1 : head.start()].strip()
            and spelt_as_unit(c.m.original, cased, head)
            and not any(head.end() <= x.start < hi and x.slug != SELF for x in c.m.places)
        ):
            return True
    clause_from = c.m.lower.rfind(";", c.m.start, hi) + 1 or c.m.start
    some = (
        _SOME_UNITS.search(c.m.lower, clause_from, hi)
        or _SOME_UNITS_OPEN.match(c.m.lower, clause_from, hi)
        or _COUNTED_UNITS_HEAD.match(c.m.lower, clause_from, hi)
    )
    if some and _closed_aside(c.m.lower, some.start(), c.n.start):
        some = None  # ("Hà Tĩnh (địa phương có nhiều xã miền núi) đạt 71,2%": an aside on the province)
    if some and not _WHOLE_AFTER.search(c.m.lower, some.end(), hi) and not any(
        some.start() <= x.start < hi
        and c.m.lower.find("thuoc", max(some.start(), x.start - 40), x.start) < 0
        # ("Nhiều phường như Hoa Lư, Nam Định, Phủ Lý có tỷ lệ ...": the units' examples, named like provinces)
        and not _EXAMPLES_OF_UNITS.fullmatch(c.m.lower, some.end(), x.start)
        # ("Trong 102 xã, phường, đặc khu của tỉnh, ...": the province's word that closes the units' own phrase)
        and not (x.slug == SELF and x.start <= some.end() + 30)
        for x in c.m.places
    ):
        # rule some-units: "một xã ven biển thuộc khu vực Trà Vinh cũ xếp thứ 124/124 với 0,3105 điểm", "...; có xã mới
        # đạt 23%": communes counted, not named, as the clause's subject (the province they lie in, "thuộc ...", does
        # not take the value; "toàn tỉnh", "của tỉnh" after them do)
        return True
    units_are = _CUES.lower_units_are.search(cased, c.m.start, hi)
    if units_are and not any(units_are.end() <= x.start < hi and x.slug != SELF for x in c.m.places):
        # rule units-are-those: "Xã Bảo Thắng, phường Văn Phú và phường Lào Cai là những đơn vị có tỷ lệ hồ sơ trực
        # tuyến trên 95%": the units the sentence lists as its subject hold the value
        return True
    holder = _UNIT_HOLDS.match(c.m.lower, c.n.end)
    if holder is not None and not any(
        holder.start() <= x.start < holder.end() + 3 for x in c.m.places if x.slug != SELF
    ):
        return True  # ("Xếp thứ ba là thị xã Hồng Lĩnh.": the rank's holder, named after it, is a unit)
    bloc = _BLOC_FRAME.match(c.m.lower, c.m.start, hi)
    # (a province's name after "thành phố" in the districts' bloc is its capital, a member: "Ở khối cấp huyện, thành phố
    # Huế đứng thứ nhất với 0,7125 điểm")
    if bloc is not None and not any(
        bloc.end() <= x.start < hi and x.slug != SELF and not _CITY_WORD.search(cased, max(0, x.start - 12), x.start)
        for x in c.m.places
    ):
        # rule bloc-frame: a sentence that opens on the districts' (or departments') bloc ("Theo kết quả công bố, ở
        # khối huyện, thị xã, thành phố, TP Hạ Long dẫn đầu ...; xếp thứ hai và thứ ba lần lượt là ...") ranks its
        # members, past its ";", unless a province is named
        return True
    frame = _UNIT_FRAME.match(cased, c.m.start, hi)
    if frame is None or cased.find(";", frame.end(), hi) >= 0:
        return False
    city = frame.group("city") is not None
    if city and any(frame.start("city") <= x.start <= frame.end() and x.slug != SELF for x in c.m.places):
        return False  # ("Riêng thành phố Cần Thơ, ...": a centrally-run city is a province, not a unit inside one)
    # (a place named after the frame takes the value back: "Tại huyện X, ông Y cho biết toàn tỉnh đạt 85%"; not
    # the province in an aside about the unit: "Ở quận Ninh Kiều, trung tâm của thành phố, tỷ lệ ...", "Riêng thành
    # phố Việt Trì, nơi tập trung phần lớn doanh nghiệp của Phú Thọ, tỷ lệ ...")
    first = cased.find(",", frame.end(), hi)
    second = cased.find(",", first + 1, hi) if first >= 0 else -1
    # (nor its province in brackets after its name: "Tại huyện Mường Khương (Lào Cai), tỷ lệ ...")
    shut = cased.find(")", frame.end(), hi) if 0 <= cased.find("(", frame.end(), first) < first else -1
    return not any(
        frame.end() <= x.start < hi and not first < x.start < second and not x.start < shut for x in c.m.places
    )


# a unit word alone heading its clause, then its verb ("..., xã tiếp nhận 1.315 hồ sơ", "Phường đã số hóa ...")
# (the unit words of cues.yml, one home for them: "xã", "phường", "huyện", "thị xã", "đặc khu", "khu công nghiệp" ...)
_UNIT_WORDS = _CUES.words["lower_units"]
# the words every branch of district-or-commune needs one of: the unit words and their abbreviations ("TX", "H."), and
# the other words its patterns are made of (a city, a bloc, "của ấp"); not "xã hội"
def _unit_gate(m: Mentions) -> bool:
    """The sentence writes a word a unit is named or counted by (``_UNIT_GATE``): scanned once per sentence, not once
    per value the rule is asked about."""
    got = getattr(m, "_unit_gate", None)
    if got is None:
        got = m._unit_gate = _UNIT_GATE.search(m.lower, m.start, m.end) is not None
    return got


_UNIT_GATE = skipping(re.compile(rf"\b(?:{_UNIT_WORDS}|tx|tp|thanh pho|ap|khom|khoi|nhom|don vi)\b(?! hoi\b)|\bh\."))
# (or "có" right before its figure, where the value starts: "Năm 2025, xã có 88% người dân ... kích hoạt tài khoản
# định danh điện tử", the commune's share; not "100% xã có cáp quang", communes counted)
_BARE_UNIT = (
    rf"(?:{_UNIT_WORDS})\s+(?:(?:da|dang|hien|cung|van)\s+)?"
    # (or ranked: "Năm 2020, huyện xếp thứ 3" in a district's item, its place among the province's districts)
    r"(?:(?:tiep nhan|giai quyet|so hoa|trien khai|thanh lap|duy tri|van hanh|xu ly)\b"
    r"|(?:xep|dung)\s+(?:hang|thu|o vi tri|vi tri)\b"
    r"|co\b(?:\s+(?:hon|tren|gan|khoang))?\s*$)"
)
# (after a clause's punctuation, not the last of a list of kinds: "các xã, phường đã tiếp nhận ...", the province's
# communes together; the punctuation first, so the engine skips to it)
_BARE_UNIT_SUBJECT = skipping(re.compile(rf"(?<!xa)(?<!phuong)(?<!huyen)(?<!dac khu)[,;:]\s*{_BARE_UNIT}"))
_BARE_UNIT_OPENS = re.compile(rf"\W*{_BARE_UNIT}")
# communes counted, not named, heading a clause ("một xã ven biển", "một số xã", "có xã", "nhiều phường"; not "xã hội")
# (the unit words a commune or district is named by, not those that fold like other words: "cơ quan", "cơ bản", "một
# phương án")
_SOME_UNITS_WORDS = (
    r"(?:mot so|mot vai|mot|nhieu|co|vai)\s+(?:xa|phuong|thi tran|huyen|thi xa|dac khu)\b"
    r"(?!\s+(?:hoi|an|thuc|tien|phap|huong|cham|dien|cach)\b)"
)
_SOME_UNITS = skipping(re.compile(r"(?:[,;:]\s*|\b(?:trong khi|con|nhung|song|tai|o)\s+)" + _SOME_UNITS_WORDS))
_SOME_UNITS_OPEN = re.compile(r"\W*" + _SOME_UNITS_WORDS)  # (opening the sentence or the clause after ";")
# (or counted where the value is, heading its clause: "...; tại 5 thành phố trực thuộc tỉnh, tỷ lệ này đều trên 99%";
# not where something was done, "kiện toàn 2.418 Tổ ... tại 102 xã, phường", nor the centrally-run cities, provinces)
_COUNTED_UNITS_HEAD = re.compile(
    r"\W*(?:tai|o|trong)\s+(?:ca\s+)?\d+\s+(?:(?:xa|phuong|thi tran|huyen|thi xa|dac khu)\b(?!\s+hoi\b)"
    r"|thanh pho truc thuoc tinh\b)"
)
_EXAMPLES_OF_UNITS = re.compile(r"\s+nhu\s+[^;:.()\d]*")
_WHOLE_AFTER = re.compile(r"\b(?:toan|ca) (?:tinh|thanh pho)\b")
# units given as examples right after the value ("... trên 98% như phường Thái Bình, phường Phố Hiến")
_UNIT_EXAMPLES_AFTER = re.compile(
    rf"\s*,?\s*(?:nhu|dien hinh nhu|tieu bieu nhu)\s+(?:cac\s+)?(?:{_UNIT_WORDS})\b"
)
# the value's noun, then "của" a unit: bare or named ("của xã", "của phường Phố Hiến"; not "của xã hội", nor the units
# counted or all of them: "của các xã"); an age in the noun is no other value ("88% người dân từ 14 tuổi trở lên
# của xã")
_UNIT_OWNS_AFTER = re.compile(
    rf"(?:[^,;.\d()]|\d+\s+tuoi\b){{0,50}}?\bcua\s+(?:{_UNIT_WORDS})\b(?!\s+hoi\b)"
)


_UNIT_OWNER = re.compile(rf"\bcua\s+(?:{_UNIT_WORDS})\b(?!\s+hoi\b)")


def _unit_value_before(c: Candidate) -> bool:
    """Rule unit-goes-on: a clause before the value's gave a value of a unit's ("100% hồ sơ TTHC của xã được tiếp nhận
    trực tuyến, tỷ lệ thanh toán trực tuyến đạt 87%"), and no place is named since nor right after the value: the next
    value is the unit's too."""
    lower = c.m.lower
    owner = last_match(_UNIT_OWNER, lower, c.m.start, c.n.start)
    if owner is None or not _CLAUSE_CUT.search(lower, owner.end(), c.n.start):
        return False  # (the owner in the value's own clause is rule unit-after-value's, or none)
    if not any(x.start < owner.start() for x in c.m.values if not is_year(x)):
        return False
    # (nor one named right after it: "... của huyện đạt 74,2%, cao hơn mức 61,5% của toàn tỉnh")
    return not any(owner.end() <= x.start < c.n.end + 30 for x in c.m.places)


_CLAUSE_CUT = re.compile(r"[,;]\s")


def units_above_threshold(c: Candidate) -> bool:
    """Units counted as the clause's subject and a share they pass ("Cũng tại hội nghị, 12 xã, phường được biểu dương
    vì có tỷ lệ hồ sơ trực tuyến trên 95%", "có 37 đơn vị đạt tỷ lệ ... trên 90%"): the bar they cleared, not the
    province's value."""
    if qualifier(c.before) not in ("above", "over", "at_least"):
        return False
    lower = c.m.lower
    clause_from = lower.rfind(";", c.m.start, c.n.start) + 1 or c.m.start
    return _UNITS_COUNTED.search(lower, clause_from, c.n.start) is not None


_UNITS_COUNTED = re.compile(
    r"\b\d+(?:/\d+)?\s+(?:xa|phuong|thi tran|huyen|thi xa|don vi|so|co quan|dia phuong)\b(?!\s+hoi\b)"
)


def spelt_as_unit(original: str | None, cased: str, unit: re.Match[str]) -> bool:
    """The unit word before a name is written as one once its accents are known: "cách khá xa Bình Định" (far from)
    is no "xã Bình Định" (every unit word carries an accent: one written without, before a name written with its
    accents, is another word; a text without accents keeps the unit)."""
    if original is None:
        return True
    word_end = unit.start() + unit.group().rfind(" ")
    name = slice(word_end + 1, unit.end())
    return original[unit.start() : word_end] != cased[unit.start() : word_end] or original[name] == cased[name]


_UNIT_HOLDS = re.compile(r"\s*(?:la|thuoc ve)\s+(?:huyen|thi xa|thi tran|thanh pho|tp\.?|xa|phuong|quan)\s")
_BLOC_FRAME = re.compile(
    # (not "khối địa phương", the provinces in a national report, nor "nhóm xã hội số")
    # ("Ở khối cấp huyện, thành phố Huế đứng thứ nhất"; "Trong các địa phương cấp huyện, thành phố Huế dẫn đầu")
    r"\W*(?:theo [^,;]{0,60},\s*)?(?:o|tai|rieng|trong|doi voi) (?:khoi|nhom|cac dia phuong|cac don vi) (?:cac )?"
    r"(?:cap )?"
    r"(?:huyen|so|xa(?! hoi)|quan)\b"
)
# rule unit-frame: a sentence that opens on a district or commune ("Ở huyện", "Tại xã", "Riêng thị xã" and its name;
# "Hai đặc khu Vân Đồn và Cô Tô đều đã phủ sóng 4G tới 100% thôn")
_UNIT_FRAME = re.compile(
    # (after the year the sentence opens with: "Năm 2023, tại huyện X, ...")
    r"\W*(?:(?:Nam|Trong nam) \d{4},\s*(?=[a-z]))?"
    r"(?i:O|Tai|Rieng|Con o|Con tai|Rieng o|Rieng tai|Hai|Ba|Bon|Ca hai|Ca ba)\s+"
    r"(?:huyen|quan|thi xa|xa|phuong|thi tran|dac khu|(?P<city>thanh pho|TP\.?))"
    r"(?:\s+(?:dao|mien nui|vung cao|bien gioi|cu lao|ven bien))?\s+(?=[A-Z])"
)


def national_or_average(c: Candidate) -> bool:
    """The nation or an average is the subject of a share, score or count ("bình quân cả nước đạt
    73%"; "toàn quốc đạt 40%, trong khi tỉnh X đạt 52%" keeps 52)."""
    if c.reading != "rank" and _NATION_OWNS_AFTER.match(c.m.lower, c.n.end, c.m.end):
        return True  # "cao hơn mức 12,33% của cả nước": the nation's level, named after the value
    window = c.window
    if "toan tinh" in window or "ca tinh" in window:
        # (the province's own average, over its districts or people, is its figure: "trong khi bình quân toàn tỉnh là
        # 61%"; rule province-average)
        window = _PROVINCE_AVERAGE.sub(lambda x: " " * len(x.group()), window)
    if c.reading != "rank" and bool(_CUES.national.search(window)):
        return True
    return c.reading != "rank" and _national_goes_on(c)


_PROVINCE_AVERAGE = re.compile(r"\b(?:binh quan|trung binh)\s+(?:chung\s+)?(?:cua\s+)?(?:toan|ca) tinh\b")


def _national_goes_on(c: Candidate) -> bool:
    """Rule national-goes-on: a share in a clause right after the nation's own share, with no place of its own nor a
    contrast between ("tỷ lệ hồ sơ trực tuyến trên toàn quốc đạt 38,5%, tỷ lệ hồ sơ được thanh toán trực tuyến đạt
    24,1%"), is the nation's too."""
    lower = c.m.lower
    if not c.n.percent or lower.find("%,", c.m.start, c.n.start) < 0:
        return False  # (a cheap scan first: the nation's share and its comma)
    prior = last_match(_NATION_SHARE, lower, c.m.start, c.n.start)
    if prior is None or lower.find(";", prior.end(), c.n.start) >= 0 or lower.find(",", prior.end(), c.n.start) >= 0:
        return False
    if _CONTRAST_OPENS.match(lower, prior.end()) or any(prior.end() <= x.start < c.n.start for x in c.m.places):
        return False
    return True


_NATION_SHARE = re.compile(
    r"\b(?:toan quoc|ca nuoc)\s+(?:(?:chi|moi)\s+)?(?:dat|la)\s+(?:(?:khoang|gan|hon|tren)\s+)?\d[\d.,]*\s*%\s*,"
)
_CONTRAST_OPENS = re.compile(rf"\s*(?:{_CUES.words['contrast_opens']}|ngoai ra)\b")


# (also after the nation's measure: "còn xa mức 16,5% GDP của cả nước")
# (and after the people or places the share counts: "khoảng 87% người trưởng thành trên cả nước", "99,8% thôn, bản trên
# cả nước")
_NATION_OWNS_AFTER = re.compile(
    r"\s*(?:(?:gdp|nguoi|dan|so|truong thanh|thon|ban|xa|phuong|ho|gia dinh|to dan pho|ap|khom|to|doanh nghiep"
    r"|san pham|thanh vien)[\s,]+){0,4}"
    r"(?:cua|o|tren)\s+(?:ca nuoc|toan quoc)\b"
)


def national_subject(c: Candidate) -> bool:
    """The sentence is about the whole country from its head, with no province named since
    ("Năm 2023, cả nước có 41% hồ sơ ...")."""
    at = c.m.national_at
    return c.reading != "rank" and at is not None and not any(at < x.start < c.n.start for x in c.m.places)


# the ministry as a source ("Theo Bộ Công an, ..."): subjects.MINISTRY_SOURCE


# the agency's name goes on to the province's word before the clause ends
_OFFICE_OF_PROVINCE = re.compile(r"[^,;:.]{0,50}?\b(?:tinh|thanh pho)\b")


def ministry_report(c: Candidate) -> bool:
    """A ministry (its department, minister, the government) is the sentence's source and no
    province (nor "tỉnh", "địa phương này") is named before the value: the figure is the national
    one ("Theo Bộ Công an, tỷ lệ dân số có tài khoản định danh mức 2 đạt 60%"; "Theo báo cáo của
    Bộ, ..."; a clause opened by the agency as the speaker: "..., Bộ cho biết: ..."), also on a provincial
    newspaper; not a province's office ("Cục Thống kê tỉnh cho biết"). Never a rank (ranks are provinces')."""
    m = c.m
    if c.reading == "rank" or any(x.start < c.n.start for x in m.places):
        return False
    if not AGENCY_NAMED.search(m.cased, m.start, c.n.start):
        return False  # no capitalised agency: MINISTRY_SOURCE cannot match (checked first: it is faster)
    src = MINISTRY_SOURCE.search(m.cased, m.start, c.n.start) or MINISTRY_SPEAKS.search(m.cased, m.start, c.n.start)
    if src is not None and _OFFICE_OF_PROVINCE.match(m.lower, src.start()):
        # "Cục Thống kê tỉnh Bắc Ninh cho biết", "Theo số liệu của Cục Thống kê thành phố, ...": a province's office
        src = None
    # "Theo Bộ Công an, năm 2023 tỉnh có 61% ...": the province, as a bare "tỉnh", after the source
    return src is not None and not bare_province_at(m.lower, m.original, src.end(), c.n.start)


def average_rank(c: Candidate) -> bool:
    """An average rank is no province's rank ("xếp hạng bình quân")."""
    return c.reading == "rank" and bool(_CUES.average.search(c.window))


def target_or_plan(c: Candidate) -> bool:
    """The clause states a target or a plan ("phấn đấu đến năm 2025 đạt 80%"), not a result."""
    # (a value in the sentence's first clause reads from its start either way: no need to know of a plan at the head)
    scope = c.m.start if c.clause_start != c.m.start and c.m.head_target else c.clause_start
    return is_target(c.m.lower, scope, c.n.start, c.protect, c.m.original)


# ("vượt kế hoạch năm (75%)": the target's level may stand in a bracket)
_TARGET_LEVEL = re.compile(
    rf"\b(?:{_CUES.words['target_nouns']})(?:\s+(?:{_CUES.words['target_level_links']}))*\s*[:(]?\s*$"
)
# (not a comparison with the target's own value: "đạt 14,6% so với mục tiêu 20%")
# ("đạt 89,6% kế hoạch năm 2026 (12,5%)": the plan's year is no other figure)
_SHARE_OF_PLAN = re.compile(
    rf"^\s*(?:so voi\s+)?(?:{_CUES.words['plan_measures']})\b(?:\s+nam\s+\d{{4}}\b)?(?![^,;.()]{{0,25}}?\d)"
)


def target_level(c: Candidate) -> bool:
    """The value right after a target noun is the target's level ("đạt 9,2%, chưa đạt chỉ tiêu 10% đề ra",
    "đạt 88,6%, vượt chỉ tiêu 80%"), even where the clause reports a result ("đạt chỉ tiêu" otherwise reads
    as a result: "hoàn thành 8/14 chỉ tiêu"); so is a level a plan set, after it ("vượt mức 90% mà nghị quyết đặt ra")
    or before it ("được đặt ở mức 90%"); not the attainment of the VNeID target ("vượt chỉ tiêu giao là 102,2%"), which
    is that indicator's value."""
    if c.reading != "attainment" and _SET_AS_TARGET_AFTER.match(c.m.lower, c.n.end):
        return True  # "vượt mức 90% mà nghị quyết đặt ra cho năm 2025": the level a plan set
    set_at = _SET_AT_LEVEL.search(c.m.lower, max(c.clause_start, c.n.start - 20), c.n.start)
    if set_at is not None and c.m.original is not None and c.m.original[set_at.start() : set_at.start() + 3] == "đặt":
        return True  # "chỉ tiêu ... được đặt ở mức 90%" ("đặt", set; not "đạt mức", reached: they fold alike)
    before = c.before
    if "tieu" not in before and "hoach" not in before:
        return False  # no target noun ("chỉ tiêu", "mục tiêu", "kế hoạch"): a cheap scan first
    return c.reading != "attainment" and bool(_TARGET_LEVEL.search(before))


_SET_AT_LEVEL = re.compile(r"\bdat (?:ra )?(?:o )?muc\s*$")
_SET_AS_TARGET_AFTER = re.compile(r"\s*(?:%|diem)?\s+(?:ma|do)\s+(?:[a-z]+\s+){0,4}?(?:dat ra|de ra|giao)\b")


def share_of_plan(c: Candidate) -> bool:
    """A share of the plan ("bằng 96,8% so với kế hoạch năm", "mới đạt 21,4%, bằng 53,5% kế hoạch") is
    progress against a plan, not the indicator; except the one indicator that is that share (the
    attainment of the VNeID target, read "attainment")."""
    return c.n.percent and c.reading != "attainment" and bool(_SHARE_OF_PLAN.match(c.after))


# grammar: a rank verb right after the value before it, in the same clause ("đạt 10,03%, đứng thứ 3"),
# past a sum's unit ("thu ngân sách đạt 21.000 tỷ đồng, đứng thứ 12")
_RANK_AFTER_VALUE = re.compile(
    r"(?:\s*(?:ty|trieu|nghin ty|ngan ty)?\s*(?:dong|usd))?[\s,]*(?:va\s+|hien\s+)?"
    rf"(?:{_CUES.words['rank_verbs']})\b[^,;.()]{{0,20}}$"
)


# a measure a value may name for itself (outside the catalog's phrasings)
_MEASURE_NOUN = re.compile(r"\b(?:ty le|ty trong|toc do|tang truong|grdp|doanh thu|thu ngan sach|kim ngach|so luong)\b")


def rank_of_unbound_value(c: Candidate) -> bool:
    """A rank that follows a value in its clause ranks that value's measure ("Tăng trưởng GRDP đạt 10,03%,
    đứng thứ 3 cả nước"): when that value measures nothing in the catalog (not accepted), neither does the
    rank, whatever index an earlier sentence was about (the rule reads ranks under a carried index only)."""
    if c.reading != "rank" or c.hit.end > c.hit.start:
        return False  # (an index named in the sentence owns its rank: "PAR Index ... đạt 82,92%, đứng thứ 51")
    prev = [
        x for x in c.m.values if c.clause_start <= x.start and x.end <= c.n.start and x.raw != "@ord" and not is_year(x)
    ]
    if not prev:
        return False
    last = prev[-1]
    held = next((b for b in c.bound if b.number is last), None)
    if held is not None:
        # (a value bound to a measure the catalog ranks nowhere: its rank is of that measure, "tỷ lệ hồ sơ ... trực
        # tuyến đạt 86,2%, đứng thứ 6 toàn quốc", not of the index the passage is about)
        topic = held.topic
        if topic is None or "rank" in topic.codes or topic is c.hit.topic:
            return False
        return bool(_RANK_AFTER_VALUE.match(c.m.lower, last.end, c.n.start))
    codes = c.hit.topic.codes if c.hit.topic is not None else {}
    if (
        (last.percent or last.points)
        and "rank" in codes
        and "score" not in codes
        and "percent" not in codes
        and not _MEASURE_NOUN.search(c.m.lower, c.clause_start, last.start)
    ):
        # (the carried index's own score, which the catalog does not hold: "Bộ Nội vụ công bố Chỉ số cải cách
        # hành chính năm 2019. Quảng Ngãi đạt 81,26%, xếp thứ 40/63": PAR's rank; not a value that names its
        # own measure, "tốc độ tăng trưởng GRDP đạt 16,5%, đứng thứ 2")
        return False
    return bool(_RANK_AFTER_VALUE.match(c.m.lower, last.end, c.n.start))


# grammar: a comparison that measures a gap ("cao hơn Đà Nẵng 0,0213", "chỉ hơn Hà Nội 0,0032", "bỏ xa
# ... khoảng 0,06", "còn cách 0,0305"), the compared place or words between, then the value
_GAP_BEFORE = re.compile(
    # (not a hedge on the value itself: "đạt hơn 0,7089", "với hơn 0,82")
    r"\b(cao hon|thap hon|chi hon|(?<!dat )(?<!la )(?<!voi )(?<!muc )(?<!chiem )hon|bo xa|con cach|cach biet"
    r"|cach|(?<!dat )kem)\b[^,;.()\d%]{0,45}?"
    r"(?:\b(?:toi|khoang|la|gan|chi)\s+)?$"
)


def gap_not_value(c: Candidate) -> bool:
    """A gap between two values is no score ("Quảng Ninh dẫn đầu với 0,6800, cao hơn địa phương xếp thứ
    hai là TP Đà Nẵng 0,0213", "chỉ hơn Hà Nội 0,0032", "thấp hơn Quảng Ninh tới 0,214", "kém Thanh Hóa
    0,0126"): a score whose own clause opens the gap right before it ("hơn", "kém", "bỏ xa", "còn cách"),
    with no verb of its own. Nor is it a change: a comparative ("cao hơn 0,0513" after the nation's
    average) says how far apart two figures are, not how one moved, unless a time is compared ("cao hơn
    năm 2022 0,05", "... so với năm trước")."""
    if c.reading == "change":
        return _gap_in_time(c) is False
    if c.reading != "score":
        return False
    before = c.m.lower[max(c.clause_start, c.n.start - 90) : c.n.start]
    if "hon" not in before and "cach" not in before and "bo xa" not in before and "kem" not in before:
        return False
    # (past what the compared place is said to be, between dashes or commas: "kém Thừa Thiên Huế – địa phương xếp thứ
    # 3 – khoảng 0,0091 điểm", "kém Đà Nẵng, địa phương láng giềng đang dẫn đầu, tới 0,0693 điểm")
    before = _PLACE_DESCRIBED.sub(" ", before)[-60:]
    gap = _GAP_BEFORE.search(before)
    # (the value's own verb after the comparative: "Ninh Thuận lại nhỉnh hơn với 0,4102 điểm" is its own score)
    return gap is not None and not _OWN_VALUE_VERB.search(before, gap.end(1))


_OWN_VALUE_VERB = re.compile(r"\b(?:dat|voi|gia tri|la)\s*$")
_PLACE_DESCRIBED = re.compile(
    r"\s[–—-]\s(?:dia phuong|tinh|thanh pho|noi)\b[^–—]{0,50}\s[–—-]\s"
    r"|,\s(?:dia phuong|tinh|thanh pho|noi)\b[^,;.]{0,50},"
)
# a comparative right before a change's value ("cao hơn 0,05", "thấp hơn của tỉnh gần 0,05"), and a time
# it may compare with, before or after the value ("năm 2022", "năm trước", "cùng kỳ", "kỳ trước")
_COMPARATIVE_BEFORE = re.compile(r"\b(?:cao hon|thap hon|nhieu hon|it hon|kem)\b[^,;.()\d%]{0,45}$")
_TIME_COMPARED = re.compile(r"\b(?:nam|cung ky|ky truoc|thang)\b")


def _gap_in_time(c: Candidate) -> bool | None:
    """For a change read from a comparative: whether the clause compares a time (True) or not (False,
    a gap between two figures); None when no comparative leads the value ("tăng 0,05")."""
    lower, n = c.m.lower, c.n
    before = lower[max(c.clause_start, n.start - 60) : n.start]
    gap = _COMPARATIVE_BEFORE.search(before)
    if gap is None:
        return None
    after_end = min(c.m.end, n.end + 40)
    stop = next((i for i in range(n.end, after_end) if lower[i] in ",;.("), after_end)
    return bool(_TIME_COMPARED.search(before, gap.start()) or _TIME_COMPARED.search(lower, n.end, stop))


def bound_not_value(c: Candidate) -> bool:
    """A bound is not a value ("không quá 3 ngày"), nor "dưới 20%" of some of a province's communes or of several
    provinces ("có xã tỷ lệ ... dưới 20%", "nhiều tỉnh có tỷ trọng dưới 5%"). "Dưới 2%" of the measure itself,
    in a clause about no part or group, is its value, qualified "below" ("tỷ lệ hồ sơ thanh toán trực tuyến của
    tỉnh vẫn dưới 5%", "trong khi năm 2019 chưa đến 5%")."""
    if c.n.raw == "@1":
        return False
    bound = _CUES.bound_before.search(c.before)
    if bound is None:
        return False
    if _BELOW_WORDS.fullmatch(bound.group().strip()) is None:
        return True
    # (past the source the clause opens with: "Theo ngành lao động - thương binh và xã hội, tỷ lệ ... đạt 71,3%, trong
    # khi cuối năm 2022 con số này chỉ ở mức dưới 30%")
    source = _SOURCE_OPENS.match(c.m.lower, c.clause_start, c.n.start)
    lo = source.end() if source else c.clause_start
    return _PART_OR_GROUP.search(c.m.lower, lo, c.n.start) is not None


_SOURCE_OPENS = re.compile(r"\W*theo [^,;]{0,80},")


_BELOW_WORDS = re.compile(r"duoi|chua den|chua toi")
# a part of the province or a group of places or things the bound is about
_PART_OR_GROUP = re.compile(
    r"\b(?:xa(?! hoi)|huyen|phuong|thi xa|thon|ban|vung|khu vuc|mien nui|(?:co|nhieu|mot so|nhung|phan lon) noi"
    r"|nhieu|mot so|cac|deu|nhom|phan lon|tinh nhu|doanh nghiep|nganh|\d+ (?:tinh|dia phuong|don vi))\b"
)


# "Khoảng cách giữa địa phương cao nhất và thấp nhất", "chênh lệch giữa các tỉnh": a spread between values
_SPREAD_BETWEEN = re.compile(r"\b(?:khoang cach|chenh lech)\s+(?:\w+\s+){0,2}?giua\b")


def spread_between(c: Candidate) -> bool:
    """A clause about the spread between places ("Khoảng cách giữa địa phương cao nhất và thấp nhất đã thu
    hẹp còn 0,2651, so với 0,3120 của năm 2022") states differences, not a province's values, however far
    the value is from the cue; unless a province is named after the cue (its own value follows), but not when the
    gap's own verb stands right before the value ("... và Thủ đô Hà Nội, địa phương xếp thứ nhất, đã được rút
    ngắn từ 0,0734 xuống 0,0496"). Also a gap to one place ("khoảng cách với tỉnh đứng đầu vùng là Thái Nguyên vẫn
    còn 0,04 điểm": rule gap-to-place)."""
    m = c.m
    if m.lower.find("giua", c.clause_start, c.n.start) < 0:
        return _gap_to_place(c)
    cues = list(_SPREAD_BETWEEN.finditer(m.lower, c.clause_start, c.n.start))
    if cues and _GAP_VERB_BEFORE.search(m.lower, max(cues[-1].end(), c.n.start - 30), c.n.start):
        if m.lower.find(":", cues[-1].end(), c.n.start) < 0:
            # (the places named in it are the two it is between, however they are described: "Khoảng cách giữa tỉnh
            # và Thủ đô Hà Nội, địa phương xếp thứ nhất, đã được rút ngắn từ 0,0734 xuống 0,0496")
            return True
    # (not the first of the two the spread is between: "Khoảng cách giữa Đà Nẵng và địa phương xếp thứ hai là 0,0342")
    return bool(cues) and not any(
        cues[-1].end() <= x.start < c.n.start and x.slug != SELF and not _PAIRED_AFTER.match(m.lower, x.end)
        for x in m.places
    )


_PAIRED_AFTER = re.compile(r"\s+(?:va|voi)\s")
# the gap's own verb right before the value ("là", "còn", "rút ngắn từ ... xuống", "thu hẹp còn", "nới rộng ... lên")
_GAP_VERB_BEFORE = re.compile(
    r"\b(?:la|con|tu|xuong|len|khoang)\s+(?:(?:gan|khoang|hon|chua toi|chua den|chi|khong qua)\s+)?$"
)
# "khoảng cách với tỉnh đứng đầu vùng là Thái Nguyên vẫn còn 0,04 điểm": the gap to a place
_GAP_TO = re.compile(r"\b(?:khoang cach|chenh lech)\s+(?:\w+\s+){0,2}?(?:voi|so voi|den)\b")


def _gap_to_place(c: Candidate) -> bool:
    """Rule gap-to-place: "khoảng cách với tỉnh dẫn đầu ... vẫn còn 0,04 điểm", the gap to another place said with
    its own verb before the value, is a difference, not that place's value."""
    m = c.m
    if not any(m.lower.find(w, c.clause_start, c.n.start) >= 0 for w in ("khoang cach", "chenh lech")):
        return False  # (no gap named in the clause: a cheap scan first)
    cue = None
    for found in _GAP_TO.finditer(m.lower, c.clause_start, c.n.start):
        cue = found  # (the last one before the value)
    return (
        cue is not None
        and m.lower.find(":", cue.end(), c.n.start) < 0
        and _GAP_VERB_BEFORE.search(m.lower, max(cue.end(), c.n.start - 30), c.n.start) is not None
    )


def school_or_patient_files(c: Candidate) -> bool:
    """Files of schools' enrolment or pupils, or of patients ("hơn 90% hồ sơ vào lớp 1 và lớp 6 được đăng ký qua hệ
    thống trực tuyến", "hồ sơ tuyển sinh", "số hóa hồ sơ học sinh đạt 95%") are no dossiers of administrative
    procedures: not the online-dossier, payment or digitisation rates."""
    if c.ind.code not in _PROCEDURE_FILE_CODES:
        return False
    lo = max(c.m.start, c.n.start - 120)
    return _SCHOOL_OR_PATIENT.search(c.m.lower, lo, min(c.m.end, c.n.end + 60)) is not None


_PROCEDURE_FILE_CODES = frozenset({"online_dossier_rate", "online_payment_rate", "dossier_digitization_rate"})


def partial_online_services(c: Candidate) -> bool:
    """Services offered online only in part ("27,9% là dịch vụ công trực tuyến một phần", "một phần: 412 thủ tục") are
    neither the share offered online at any level nor the fully online one: a part of the first, with no code."""
    if c.ind.code not in _ONLINE_SERVICE_CODES:
        return False
    lower = c.m.lower
    after = _PARTIAL_AFTER.match(lower, c.n.end, min(c.m.end, c.n.end + 60))
    return after is not None or _PARTIAL_BEFORE.search(lower, max(c.m.start, c.n.start - 40), c.n.start) is not None


_ONLINE_SERVICE_CODES = frozenset({"online_public_service_rate", "online_public_service_full_rate"})
# the part's words right after the value ("27,9% là dịch vụ công trực tuyến một phần", "27,9% DVCTT một phần")
_PARTIAL_AFTER = re.compile(
    r"\s*(?:la\s+)?(?:(?:so\s+)?(?:thu tuc|tthc)[^,;.\d]{0,25}?\s+)?"
    r"(?:dich vu cong truc tuyen|dvc(?:tt| truc tuyen)|truc tuyen)\s+mot phan\b"
)
# ... or before it ("dịch vụ công trực tuyến một phần chiếm 27,9%", "một phần: 27,9%")
_PARTIAL_BEFORE = re.compile(r"\btruc tuyen\s+mot phan\b[^,;.\d]{0,20}$|\bmot phan\s*:\s*$")
_SCHOOL_OR_PATIENT = re.compile(
    r"\b(?:tuyen sinh|nhap hoc|ho so (?:hoc sinh|vao lop|benh an|benh nhan)|vao lop \d|hoc ba|benh an dien tu)\b"
)


def rank_names_compared(c: Candidate) -> bool:
    """A rank that names the place compared with ("cao hơn địa phương đứng thứ hai gần 0,05 điểm", "vượt tỉnh xếp thứ
    3") says which place, not the subject's rank."""
    if _RANK_NAMES_COMPARED.search(c.m.lower, max(c.clause_start, c.n.start - 50), c.n.start) is None:
        return False
    # (but "cao hơn địa phương xếp thứ hai là Hà Nội khoảng 0,04": the place named after it holds the rank)
    return not _NAMED_AFTER_RANK.match(c.m.lower, c.n.end)


_NAMED_AFTER_RANK = re.compile(r"\s*(?:la|[-\u2013])\s+(?:tp\.?\s*|thanh pho\s+|tinh\s+)?[a-z]")
_RANK_NAMES_COMPARED = skipping(
    re.compile(
        r"\b(?:cao hon|thap hon|hon|kem|vuot(?: qua)?|bo xa|so voi|sau|nhieu hon|it hon)\s+(?:ca\s+)?"
        r"(?:dia phuong|tinh|thanh pho|don vi|noi)\s+(?:dang\s+)?(?:dung|xep|o)?\s*(?:vi tri\s+)?(?:thu|hang)\s+$"
    )
)


def digital_economy_part(c: Candidate) -> bool:
    """A share of GRDP said of a part of the digital economy ("kinh tế số ICT chỉ chiếm khoảng 2,1% GRDP", "kinh tế số
    lõi", "kinh tế số nền tảng", "kinh tế số trong các ngành, lĩnh vực chiếm 8%") is no share of the whole."""
    if c.ind.code != "digital_economy_grdp_share":
        return False
    part = _DIGITAL_ECONOMY_PART.search(c.m.lower, c.clause_start, c.n.start)
    return part is not None and not _DIGITAL_ECONOMY_WHOLE.search(c.m.lower, part.end(), c.n.start)


_DIGITAL_ECONOMY_PART = re.compile(
    r"\bkinh te so\s+(?:ict|loi|cot loi|nen tang|(?:trong|cua)\s+(?:cac\s+)?nganh(?:, linh vuc)?)\b"
)
_DIGITAL_ECONOMY_WHOLE = re.compile(r"\b(?:tong|toan bo|chung|ca hai)\b")  # ("tính chung", "tổng cộng": the whole)


def places_apart(c: Candidate) -> bool:
    """Ranks that name places two values are apart between ("Hai vị trí thứ hai và thứ ba chỉ cách nhau 0,0035 điểm",
    "hạng 5 và hạng 6 chênh nhau không đáng kể") are the places compared, no province's rank."""
    return _APART_AFTER.match(c.m.lower, c.n.end) is not None


def places_range(c: Candidate) -> bool:
    """The ends of a run of places that names who holds them ("Từ vị trí thứ 6 đến thứ 10 là Bắc Ninh, Bình Dương,
    ...", "từ hạng 11 đến hạng 15 gồm ...") are no province's ranks: which place each holds is the list's order, not
    written."""
    lo, hi = max(c.clause_start, c.n.start - 40), min(c.m.end, c.n.end + 40)
    return any(m.start() <= c.n.start < m.end() for m in _PLACES_RANGE.finditer(c.m.lower, lo, hi))


_PLACE_WORD = r"(?:(?:vi tri|hang|vi tri thu)\s+)?(?:thu\s+)?"
# (not "lần lượt là": then each place is paired with its province, one by one, as lists.py reads it)
_PLACES_RANGE = re.compile(
    rf"\btu\s+{_PLACE_WORD}\d+\s+den\s+{_PLACE_WORD}\d+\s+(?:la|gom|thuoc ve)\b"
    # (or held by many, named as a group before it: "giữa các địa phương xếp từ thứ 5 đến thứ 12")
    rf"|\b(?:cac|nhung|nhom)\s+(?:dia phuong|tinh)\s+(?:xep|dung|nam)\s+tu\s+{_PLACE_WORD}\d+\s+den\s+{_PLACE_WORD}\d+"
)


_APART_AFTER = re.compile(r"[^,;.:()\u2013\u2014-]{0,15}?\b(?:cach|chenh|cach biet) nhau\b")


_COMPONENT_INDEX = re.compile(rf"\b(?:{_CUES.words['component_index_words']})\b")


def component_index(c: Candidate) -> bool:
    """A component index named after the phrasing the value took (or before the value in its sentence,
    for an index carried from before: "Trong 8 lĩnh vực thành phần, ...") owns the rank or score ("Chỉ
    số PAR của tỉnh xếp thứ 12; chỉ số thành phần 'hiện đại hóa nền hành chính' xếp thứ 30": 30 is the
    component's). A component the catalog has
    ("chỉ số thành phần Hạ tầng số xếp thứ 5") is the nearer phrasing, after the cue: its own."""
    if c.reading not in ("rank", "score"):
        return False
    # (an index carried from before: from the sentence's start, "Trong 8 lĩnh vực thành phần, cải cách thể chế đạt 9,5
    # điểm, xếp thứ ba toàn quốc")
    lo = c.hit.end if c.hit.end > c.hit.start else c.m.start
    gate = c.m.lower.find("thanh phan", lo, c.n.start) >= 0 or c.m.lower.find("chi so con", lo, c.n.start) >= 0
    found = _COMPONENT_INDEX.search(c.m.lower, lo, c.n.start) if gate else None
    return found is not None and not _in_closed_cause(c, found.start())


def _in_closed_cause(c: Candidate, at: int) -> bool:
    """Rule cause-clause-index: ``at`` lies in a clause of cause closed by a comma before the value, and a province is
    the subject after it ("Năm 2023, do thay đổi phương pháp đánh giá ở một số chỉ số thành phần, Thừa Thiên Huế lùi
    xuống vị trí thứ 3/63"): what it names is why the value moved, not what the value ranks (but "do chỉ số thành phần
    ... giảm mạnh, chỉ xếp thứ 35" goes on with the component). Read on the accented text: folded, "do" is also "đó",
    "vi" also "vị"."""
    original, pos = c.m.original, c.n.start
    if original is None:
        return False
    return any(
        m.start() <= at < m.end() and any(m.end() <= x.start < pos for x in c.m.places)
        for m in _CAUSE_CLOSED.finditer(original, c.m.start, pos)
    )


_CAUSE_CLOSED = re.compile(r"(?<!\w)(?:[Dd]o|[Vv]ì|[Nn]hờ|[Bb]ởi)\s[^,;.()]*,")


# grammar: a level right after an index's name ("Bộ chỉ số chuyển đổi số cấp huyện", "DTI cấp sở, ngành",
# "chỉ số chuyển đổi số (DTI) năm 2023 cấp xã")
_LOWER_LEVEL_INDEX = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:nam \d{4}\s*)?(?:danh gia\s+)?(?:cua\s+)?(?:cac\s+)?"
    r"(?:cap (?:huyen|xa|so|co so)|khoi (?:so|huyen)|(?:so|huyen|xa), (?:nganh|thi|phuong))\b"
)


def lower_level_index(c: Candidate) -> bool:
    """An index of a lower level ("thành phố Sóc Trăng tiếp tục dẫn đầu Bộ chỉ số chuyển đổi số cấp
    huyện của tỉnh với giá trị 0,6102", "DTI cấp sở, ngành"): its values rank districts, communes or
    departments, never the province, whoever the sentence names."""
    if c.hit.end <= c.hit.start or c.reading not in ("rank", "score"):
        return False
    return bool(_LOWER_LEVEL_INDEX.match(c.m.lower, c.hit.end))


# grammar: "chỉ số" pointing back ("chỉ số này") or the whole index ("chỉ số chung"), not another index's name
# ("với giá trị chỉ số đạt 0,6842": "chỉ số" with no name of its own before its verb is the index in hand)
# ("giá trị chỉ số của tỉnh đạt 0,5104 điểm": the province's value of the index the passage is about)
_INDEX_BACKREF = re.compile(
    # (and the carried index's values compared: "Ba địa phương có chỉ số thấp nhất năm 2022 là ...")
    # (and its year: "Giá trị chỉ số năm 2021 đạt 0,3905 điểm")
    r"chi so (?:nay|do|tren|chung|tong hop|tong the|dti|dat|la|cua (?:tinh|thanh pho|dia phuong)|cao|thap"
    r"|(?:nam )?(?:19|20)\d\d)\b"
    # (and its value right after it: "rơi xuống vị trí 19 với giá trị chỉ số 0,4763")
    r"|chi so (?=\d,\d)"
)
# rule index-set: "bộ chỉ số" with no name after it ("năm 2020 – năm đầu tiên bộ chỉ số được áp dụng – tỉnh xếp thứ
# 38/63"): the index as a whole, the one carried
# (the set of indices itself: "khi Bộ chỉ số lần đầu được áp dụng, Nghệ An chỉ đứng ở vị trí 34")
_INDEX_SET = re.compile(r"chi so\s*(?:[-\u2013,;)]|(?:duoc|da|nay|moi|bat dau|ra doi|lan dau|ap dung)\b)")


def named_other_index(c: Candidate) -> bool:
    """Under an index carried from before, a rank or score whose sentence names another "chỉ số" before it
    ("Riêng chỉ số sản xuất - kinh doanh CNTT còn khiêm tốn, chỉ đứng thứ 19"; "...; chỉ số 'Cải cách tài
    chính công' xếp thứ 41") is that index's: a component or another ranking, not the carried one."""
    if c.reading not in ("rank", "score") or c.hit.end > c.hit.start:
        return False
    lower, pos = c.m.lower, c.m.lower.find("chi so", c.m.start, c.n.start)
    while pos >= 0:
        own = _INDEX_BACKREF.match(lower, pos) or (lower.endswith("bo ", 0, pos) and _INDEX_SET.match(lower, pos))
        if not own and not any(h.start <= pos < h.end for h in c.m.topics) and not _in_closed_cause(c, pos):
            return True
        pos = lower.find("chi so", pos + 6, c.n.start)
    return False


def component_named(c: Candidate) -> bool:
    """Between the index named and the value, one of its components is named ("Trong 8 chỉ số thành phần của PAR
    Index, chỉ số "Xây dựng chính phủ điện tử" xếp thứ 12"): the component's place, not the index's."""
    if c.hit.end <= c.hit.start:
        return False
    return _COMPONENT_BETWEEN.search(c.m.lower, c.hit.end, c.n.start) is not None


_COMPONENT_BETWEEN = skipping(re.compile(r"\bchi so\s*[\"\u201c']"))


def rank_of_count_before(c: Candidate) -> bool:
    """A carried index's rank right after a count the sentence bound ("Hà Nội hiện có khoảng 20.100 doanh nghiệp công
    nghệ số, đứng thứ hai cả nước"): the count's place among the provinces, not the index's."""
    if c.hit.end > c.hit.start:
        return False
    before = [b for b in c.bound if b.number.end <= c.n.start and b.indicator.unit == "count"]
    return bool(before) and _RANK_AFTER_COUNT.fullmatch(c.m.lower, before[-1].number.end, c.n.start) is not None


# the count's noun, a comma, then the rank's verb ("20.100 doanh nghiệp công nghệ số, đứng thứ")
_RANK_AFTER_COUNT = re.compile(r"[^,;.()\d]{0,60},\s*(?:va\s+)?(?:dung|xep|vuon len)(?:\s+(?:thu|hang|o vi tri))?\s*")


def rank_about_other_topic(c: Candidate) -> bool:
    """A rank under a carried index that says what else it ranks ("xếp thứ 5 về ...")."""
    return c.hit.start == c.hit.end and c.reading == "rank" and bool(_ABOUT_OTHER.match(c.after))


# grammar: "x/63 tỉnh, thành phố" then a verb that is no ranking ("đã ban hành", "có", "hoàn thành")
_PROVINCES_COUNTED = re.compile(
    r"\s*(?:tinh|dia phuong)(?>\s*,\s*thanh(?: pho)?)?\s+(?:(?:da|deu|cung|dang|van)\s+)*"
    r"(?!xep\b|dung\b|nam\b|tren\b|trong\b|ca nuoc\b|toan quoc\b|ve\b)[a-z]"
)


def provinces_counted(c: Candidate) -> bool:
    """ "63/63 tỉnh, thành phố đã ban hành nghị quyết": a count of the provinces that did something, not
    a rank (no "thứ", "hạng" or "xếp" before it, a verb after the provinces)."""
    if c.reading != "rank" or c.n.out_of is None or c.n.raw == "@ord":
        return False
    if not c.m.lower[c.n.end : c.n.end + 14].lstrip().startswith(("tinh", "dia phuong")):
        return False  # (no provinces right after it: a cheap check first)
    if _RANK_WORD_BEFORE.search(c.m.lower, max(c.m.start, c.n.start - 25), c.n.start):
        return False
    return bool(_PROVINCES_COUNTED.match(c.m.lower, c.n.end))


_RANK_WORD_BEFORE = skipping(re.compile(r"\b(?:thu|hang|xep|vi tri|dung|top)\b"))


def percent_with_denominator(c: Candidate) -> bool:
    """A percent written with a denominator ("45%/63") is not a share."""
    return c.reading == "percent" and c.out_of is not None


# grammar: "chưa" in the words right after a share, before any break ("4% thôn chưa có cáp quang"); a comma between
# the kinds of villages is no break ("5% thôn, làng chưa được phủ sóng")
_NOT_YET_AFTER = re.compile(
    r"(?:[^,;.()\d]|, (?=(?:thon|ban|buon|lang|plei|xom|ap|khom|to dan pho|khu pho|xa|phuong|thi tran)\b))"
    r"{0,30}?\bchua\b"
)


def average_change(c: Candidate) -> bool:
    """A change averaged over the years ("bình quân giai đoạn 2020-2023 giá trị DTI của tỉnh tăng khoảng 0,07 điểm mỗi
    năm", "Tính bình quân, mỗi năm giá trị DTI tăng 0,08 điểm") is a yearly rate over a period, not one edition's change
    (ANNOTATION.md: a value belongs to one year)."""
    if c.reading != "change":
        return False
    lower, start = c.m.lower, c.m.start
    if not _AVERAGED.search(lower, start, c.n.start):
        return False
    return bool(_PER_YEAR.search(lower, start, c.n.start) or _PER_YEAR_AFTER.match(lower, c.n.end, c.m.end))


_AVERAGED = re.compile(r"\b(?:binh quan|trung binh)\b")
_PER_YEAR = re.compile(r"\b(?:moi nam|hang nam|mot nam|giai doan)\b")
# (the unit, then the yearly rate: "tăng khoảng 0,07 điểm mỗi năm", "0,05 điểm/năm")
_PER_YEAR_AFTER = re.compile(r"\s*(?:diem|bac|%)?\s*(?:/\s*nam\b|(?:moi|hang|mot) nam\b)")


def span_change(c: Candidate) -> bool:
    """Rule span-change: a change over a span of years ("giai đoạn 2020-2023, giá trị chỉ số của tỉnh đã tăng gần 0,1
    điểm", "sau ba kỳ đánh giá, ... tăng 0,12 điểm") is no one edition's change (ANNOTATION.md: a value belongs to one
    year); a span of one year ("từ năm 2022 đến năm 2023") is the edition's, and a part after "trong đó" ("trong đó mức
    tăng của năm 2023 là 0,0241") is set apart from the span."""
    if c.reading != "change":
        return False
    lower, n = c.m.lower, c.n
    start = max(c.m.start, lower.rfind(";", c.m.start, n.start) + 1)
    if _PART_OF_SPAN.search(lower, start, n.start):
        return False
    for m in _SPAN_OF_YEARS.finditer(lower, start, n.start):
        if int(m.group(2)) - int(m.group(1)) >= 2:
            return True
    return _SPAN_COUNTED.search(lower, start, n.start) is not None


_SPAN_OF_YEARS = re.compile(
    r"\b(?:giai doan|tu nam|tu)\s+((?:19|20)\d\d)\s*(?:-|\u2013|den(?: nam)?)\s*((?:19|20)\d\d)\b"
)
_SPAN_COUNTED = re.compile(r"\bsau\s+(?:[2-9]|hai|ba|bon|nam|sau)\s+(?:nam|ky danh gia|ky)\b")
_PART_OF_SPAN = re.compile(r"\btrong do\b")


def provinces_total(c: Candidate) -> bool:
    """A total over several provinces ("Tổng cộng ba tỉnh cũ đã đào tạo ... 96.000 hộ", "tổng số thủ tục hành chính mà
    ba tỉnh cung cấp ... lên tới hơn 5.000") is no one province's value: after a merger, the former provinces' sum is
    neither the successor's figure for that year nor any predecessor's."""
    lower = c.m.lower
    clause = c.clause_start
    if _TOTAL.search(lower, clause, c.n.start) is None:
        return False
    counted = _PROVINCES_OF_TOTAL.search(lower, clause, c.n.start)
    # (not a province named after them, whose value it is: "Với dữ liệu tổng hợp từ ba tỉnh ..., tỉnh Lâm Đồng đạt
    # 0,6702 điểm"; "tổng hợp", compiled, is no total anyway)
    return counted is not None and not any(counted.end() <= p.start < c.n.start for p in c.m.places)


_TOTAL = re.compile(r"\b(?:tong cong|tong so|cong lai|gop lai|cong don)\b")
# (a count of provinces: "ba tỉnh", "hai tỉnh cũ", "các tỉnh trước hợp nhất"; not "toàn tỉnh", "của tỉnh")
_PROVINCES_OF_TOTAL = re.compile(r"\b(?:hai|ba|bon|2|3|4|cac)\s+tinh\b(?!\s*,?\s*thanh)")


def excess_over_target(c: Candidate) -> bool:
    """Rule excess-over-target: "vượt 8,4% chỉ tiêu được giao, tức đạt 108,4%": the share a target was exceeded by, not
    the share of it reached (not after "đạt và vượt", which reaches it: "đạt và vượt 105% kế hoạch"; nor a share over
    100, which is what was reached however it is said: "vượt 104,6% chỉ tiêu Bộ Công an giao")."""
    return (
        c.reading == "attainment"
        and c.n.value < 100
        and _EXCEEDED_BY.search(c.before) is not None
        and _TARGET_NOUN_AFTER.match(c.after) is not None
    )


_EXCEEDED_BY = re.compile(r"(?<!\bdat va )(?<!\bdat )\bvuot (?:hon |muc )?$")
_TARGET_NOUN_AFTER = re.compile(r"\s*(?:so voi\s+)?(?:chi tieu|ke hoach|muc tieu)\b")


def rank_held_by_unit(c: Candidate) -> bool:
    """Rule rank-held-by-unit: "Vị trí thứ hai và thứ ba thuộc về thị xã Hoàng Mai và thành phố Vinh": places held by
    districts, towns, communes or departments named after "thuộc về" are theirs, not the province's."""
    at = c.m.lower.find("thuoc ve ", c.n.end, c.m.end)
    if at < 0 or _CLAUSE_END.search(c.m.lower, c.n.end, at):
        return False
    return _UNIT_HELD.match(c.m.lower, at + len("thuoc ve ")) is not None


_CLAUSE_END = re.compile(r"[;.]|,\s+(?!va\b|thu\b)")
_UNIT_HELD = re.compile(r"(?:cac\s+)?(?:thi xa|huyen|quan|xa|phuong|thi tran|so|ban|nganh|don vi|van phong)\b")


def corrected_figure(c: Candidate) -> bool:
    """Rule corrected-figure: a figure the text says is wrong ("không phải 41% mà là 31,4%", "đạt 79,5% thay vì 85% như
    ước tính", "(bài trước ghi 89,6%)", "ghi nhầm hai tỷ lệ này thành 86,2% và 69,7%") is no value; the right one is."""
    lower = c.m.lower
    at = max(c.m.start, c.n.start - 40)
    wrong = _WRONG_BEFORE.search(lower, at, c.n.start)
    if wrong is None:
        return False
    # (no other value between the cue and this one, but the items of the same wrong list: "thành 86,2% và 69,7%")
    between = lower[wrong.end() : c.n.start]
    return not any(ch.isdigit() for ch in between) or _WRONG_LIST.fullmatch(between) is not None


_WRONG_BEFORE = re.compile(
    r"\b(?:khong phai(?: la)?|thay vi|ghi nham(?: [a-z ]{0,25}? thanh)?|ghi sai(?: [a-z ]{0,25}? thanh)?|nham thanh"
    r"|bai (?:viet )?truoc (?:ghi|neu|dua)(?: la)?)\s+"
    r"(?:(?:muc|con so|vi tri|thu|hang|khoang|gan|tren|xep|dat|dung|o|la)\s+)*$"
)
_WRONG_LIST = re.compile(r"[\d.,]+\s*%?\s*(?:,|va)\s*")


def share_not_yet(c: Candidate) -> bool:
    """A share of those that have not yet ("còn 4% số thôn chưa có cáp quang") is the complement
    of the indicator, not its value."""
    return c.n.percent and bool(_NOT_YET_AFTER.match(c.after))


def hearsay_figure(c: Candidate) -> bool:
    """A figure put up for checking, in a question or hearsay, is no report of it ("Có thông tin tỷ lệ hồ sơ trực tuyến
    9 tháng của tỉnh đã đạt 80%, xin ông xác nhận?", "PV: năm ngoái tỷ lệ người dùng Internet của tỉnh khoảng 75%, đúng
    không ạ?", "Tôi nghe nói tỉnh mình đứng thứ 5 ..."): the answer gives the figure, confirmed or corrected. Also a
    question's "Có thông tin ..." opening its clause after a colon or quote."""
    lower = c.m.lower
    if _HEARSAY.search(lower, c.m.start, c.n.start) or _HEARSAY_OPENS.search(lower, c.m.start, c.n.start):
        return True
    tail = lower[c.n.end : min(len(lower), c.m.end + 2)]
    return "?" in tail and _CONFIRMATION_TAG.search(tail) is not None


_HEARSAY = skipping(re.compile(rf"\b(?:{_CUES.words['hearsay']})\b"))
# ("Có thông tin ..." opening the sentence, a quote or a clause: not "cơ sở dữ liệu có thông tin của 98% người dân")
_HEARSAY_OPENS = skipping(re.compile(r"(?:^|[\"“:]\s*|\b(?:gan day|moi day)\s+|\bxa hoi\s+)co thong tin\b"))
_CONFIRMATION_TAG = re.compile(rf"\b(?:{_CUES.words['confirmation_tags']})\b")


def threshold_passed(c: Candidate) -> bool:
    """A round figure passed, after the value itself in the same sentence ("đạt 52,3%, lần đầu vượt ngưỡng 50%", "vượt
    mốc 1.000 sản phẩm"): the threshold the value crossed, not a second value of the measure (alone, "vượt mốc 60%"
    is the value with its qualifier)."""
    return bool(_PASSED_THRESHOLD.search(c.before)) and any(b.indicator is c.ind for b in c.bound)


_PASSED_THRESHOLD = re.compile(r"\b(?:vuot|qua|cham|can)(?:\s+qua)?\s+(?:nguong|moc)\s*$")


def levels_three_and_four(c: Candidate) -> bool:
    """A share said of levels 3 and 4 together ("dịch vụ công trực tuyến mức độ 4 chiếm 40,39%, tính chung mức độ 3 và
    4 là 64,18%") is no share of the services fully online (level 4, "toàn trình"), whatever phrasing it carries on."""
    if c.ind.code != "online_public_service_full_rate":
        return False
    lower = c.m.lower
    prev = [x for x in c.m.values if x.end <= c.n.start]
    lo = max(c.clause_start, prev[-1].end if prev else c.m.start)
    # (the level named last before the value, unless level 4 alone follows it: "cung cấp ... mức độ 3, 4, trong đó
    # tỷ lệ thủ tục ... ở mức độ 4 chiếm 38,5%", "..., trong đó 51,2% thủ tục ở mức độ 4")
    levels = list(_LEVELS.finditer(lower, lo, c.n.start))
    return bool(levels) and levels[-1].group(1) is not None and not _LEVEL_4_AFTER.match(lower, c.n.end)


_LEVELS = re.compile(r"\bmuc do (3\s*(?:,|va|-|\u2013|/)\s*(?:muc do\s*)?)?4\b|\btoan trinh\b")
_LEVEL_4_AFTER = re.compile(r"[^,;.\d]{0,30}\b(?:muc do 4|toan trinh)\b")


def out_of_range(c: Candidate) -> bool:
    """The value is outside the indicator's valid range (a rank beyond its field, a share over 100)."""
    return not in_range(c.ind, c.value, c.out_of)


_RANK, _COUNT = frozenset({"rank"}), frozenset({"count"})
_RISE = re.compile(r"\b(?:tang|cao hon|nhieu hon)\b")
_RANK_OR_SCORE = frozenset({"rank", "score"})

CANDIDATE_RULES: list[Rule] = [
    Rule("named-place-aside", named_place_aside, uses_phrasing=False, words=("(",)),
    Rule("regional-rank", regional_rank, readings=_RANK),
    Rule("5g-only-coverage", only_5g_coverage),
    Rule("coverage-of-people", coverage_of_people, percent=True),
    Rule("city-inside-province", city_inside_province, scoped=True, words=("hanh pho", "tp")),
    Rule("aggregate-not-province", aggregate_not_province, scoped=True),
    Rule("region-subject", region_subject, words=REGION_LEADS),
    Rule("group-not-province", group_not_province, scoped=True),
    Rule("unnamed-province", unnamed_province, words=("nhat", "co ")),
    Rule("hypothetical-example", hypothetical_example, words=("vi du", "gia su", "neu", "mot ")),
    Rule("department-or-agency", department_or_agency, scoped=True),
    Rule("organisation-figure", organisation_figure, words=tuple(_CUES.lists["organisations"])),
    Rule("members-figure", members_figure, words=tuple(_CUES.lists["member_nouns"])),
    Rule("service-centre-figure", service_centre_figure, words=("trung tam", "bo phan")),
    Rule("lower-level-unit", lower_level_unit, scoped=True),
    Rule("lower-level-index", lower_level_index, readings=_RANK_OR_SCORE),
    Rule("set-apart-unit", set_apart_unit, words=("khu vuc ", "rieng", "ngay tai", *_KINDS)),
    Rule("level-after-value", level_after_value, not_readings=_RANK),
    Rule(
        "integration-not-provision", integration_not_provision, words=("tich hop", "dong bo", "ket noi", "lien thong")
    ),
    Rule("procedure-total", procedure_total, readings=_COUNT),
    Rule("full-online-part", full_online_part, readings=_COUNT),
    Rule("levels-three-and-four", levels_three_and_four, percent=True, words=("muc do 3",)),
    Rule("total-before-qualified-part", total_before_qualified_part, readings=_COUNT, words=("trong",)),
    Rule("subset-of-count", subset_of_count, readings=_COUNT),
    Rule("subset-of-share", subset_of_share, percent=True, words=("trong do", "trong so do")),
    Rule("quiz-option", quiz_option, words=("phuong an",)),
    Rule("foreign-place", foreign_place, words=tuple(_CUES.lists["foreign_places"])),
    Rule("where-clause-place", where_clause_place, words=(", noi ",)),
    Rule("margin-over-place", margin_over_place, words=("hon ",)),
    Rule("index-weight", index_weight, words=("trong so",)),
    Rule("component-change", component_change, readings=frozenset({"change"})),
    Rule(
        "average-over-years",
        average_over_years,
        not_readings=frozenset({"change"}),  # (a change averaged: rule average-change)
        words=("trung binh", "binh quan"),
    ),
    Rule("district-or-commune", district_or_commune),
    Rule(
        "units-above-threshold",
        units_above_threshold,
        percent=True,
        words=("tren", "hon", "vuot", "toi thieu", "it nhat"),  # (the words of ``numbers.qualifier``'s bounds)
    ),
    Rule("national-or-average", national_or_average, not_readings=_RANK, national=True),
    Rule("national-subject", national_subject, not_readings=_RANK, national=True),
    Rule("ministry-report", ministry_report, not_readings=_RANK),
    Rule("average-rank", average_rank, readings=_RANK, national=True),
    Rule("target-or-plan", target_or_plan),
    Rule("target-level", target_level, words=("tieu", "hoach", "dat ra", "de ra", "giao", "dat o muc", "dat muc")),
    Rule("share-of-plan", share_of_plan, percent=True),
    Rule("rank-of-unbound-value", rank_of_unbound_value, readings=_RANK),
    Rule("gap-not-value", gap_not_value, readings=frozenset({"score", "change"})),
    Rule("bound-not-value", bound_not_value),
    Rule(
        "corrected-figure",
        corrected_figure,
        words=("khong phai", "thay vi", "ghi nham", "ghi sai", "nham thanh", "truoc"),
    ),
    Rule("excess-over-target", excess_over_target, readings=frozenset({"attainment"}), words=("vuot",)),
    Rule("rank-held-by-unit", rank_held_by_unit, readings=_RANK, words=("thuoc ve",)),
    Rule("average-change", average_change, readings=frozenset({"change"}), words=("binh quan", "trung binh")),
    Rule("span-change", span_change, readings=frozenset({"change"}), words=("giai doan", "tu", "sau ")),
    Rule("provinces-total", provinces_total, words=("tong cong", "tong so", "cong lai", "gop lai", "cong don")),
    Rule("spread-between", spread_between, words=("giua", "khoang cach", "chenh lech")),
    Rule("rank-names-compared", rank_names_compared, readings=_RANK),
    Rule("school-or-patient-files", school_or_patient_files, percent=True, words=("tuyen sinh", "hoc", "benh")),
    Rule("partial-online-services", partial_online_services, words=("mot phan",)),
    Rule("digital-economy-part", digital_economy_part, percent=True, words=("kinh te so ",)),
    Rule("places-apart", places_apart, readings=_RANK, words=(" nhau",)),
    Rule("places-range", places_range, readings=_RANK, words=(" den ",)),
    Rule("component-index", component_index, readings=_RANK_OR_SCORE, words=("thanh phan", "chi so con")),
    Rule("named-other-index", named_other_index, readings=_RANK_OR_SCORE),
    Rule("rank-about-other-topic", rank_about_other_topic, readings=_RANK),
    Rule("rank-of-count-before", rank_of_count_before, readings=_RANK),
    Rule("component-named", component_named, readings=_RANK_OR_SCORE),
    Rule("provinces-counted", provinces_counted, readings=_RANK),
    Rule("percent-with-denominator", percent_with_denominator, readings=frozenset({"percent"})),
    Rule("share-not-yet", share_not_yet, percent=True, words=("chua",)),
    Rule("threshold-passed", threshold_passed, words=("nguong", "moc")),
    Rule(
        "hearsay-figure",
        hearsay_figure,
        words=(
            "co thong tin", "co y kien", "nghe noi", "don", "khong", "co dung", "xac nhan", "lam ro", "lan truyen",
            "co bai viet", "dan con so",
        ),
    ),
    Rule("out-of-range", out_of_range),
]


def first_refusal(c: Candidate) -> Rule | None:
    """The first rule of ``CANDIDATE_RULES`` that refuses the candidate (None: it is accepted); the
    rules that cannot fire on it (``Rule.may_fire``) are not asked."""
    key = (c.reading, bool(c.m.scope_words), bool(c.n.percent), c.m.nation_words, open_gates(c.m))
    rules = _RULES_FOR.get(key)
    if rules is None:
        # (the sentences' gates make many keys, each asked few times: the rules the first four parts allow are kept
        # once per those four, and a new key only drops the gated rules its sentence does not open, instead of
        # asking may_fire of every rule again)
        base = _RULES_BY_READING.get(key[:4])
        if base is None:
            base = _RULES_BY_READING[key[:4]] = tuple(r for r in CANDIDATE_RULES if r.may_fire(*key[:4], _ALL_GATES))
        gates = key[4]
        rules = _RULES_FOR[key] = tuple(r for r in base if not r.words or r.name in gates)
    for rule in rules:
        if rule.check(c):
            return rule
    return None


_RULES_FOR: dict[tuple, tuple[Rule, ...]] = {}  # may_fire's key -> the rules to ask
_GATED = [r for r in CANDIDATE_RULES if r.words]
_GATE_WORDS = WordFinder(w for r in _GATED for w in r.words)
_GATES_OF = {w: frozenset(r.name for r in _GATED if w in r.words) for w in {w for r in _GATED for w in r.words}}
_ALL_GATES = frozenset(r.name for r in _GATED)  # (every gate open: may_fire then reads the other four parts only)
_RULES_BY_READING: dict[tuple, tuple[Rule, ...]] = {}  # the first four parts of may_fire's key -> the rules they allow


def open_gates(m: Mentions) -> frozenset[str]:
    """The names of the gated rules (``Rule.words``) whose words the sentence writes, looked up once per sentence
    (a set of rule names, not of words: the keys of ``_RULES_FOR`` stay few)."""
    got = getattr(m, "_open_gates", None)
    if got is None:
        got = m._open_gates = gates_of(_GATE_WORDS.found(m.lower, m.start, m.end))
    return got


GATE_WORDS = _GATE_WORDS.words  # (every gated rule's words: a finder of more words may find them, ``gates_of``)


def gates_of(words) -> frozenset[str]:
    """The names of the gated rules that the sentence opens, from the gate words it writes (``GATE_WORDS`` that
    occur in it, as ``_GATE_WORDS.found`` gives them; the extractor finds them with the catalog's keywords, in one
    scan of the sentence, and hands them to ``open_gates`` through ``preset_gates``)."""
    return frozenset().union(*map(_GATES_OF.__getitem__, words))  # (looked up in C, not by a generator)


def preset_gates(m: Mentions, words) -> None:
    """Keep the gate words of ``m``'s sentence found beforehand (exactly the GATE_WORDS that occur in it)."""
    m._open_gates = gates_of(words)


# Refusals made outside CANDIDATE_RULES, by the stage that makes them: name -> (stage, why).
STAGE_REFUSALS: dict[str, tuple[str, str]] = {
    "no-province": ("article", "no province in the text, the address or the caller's hint"),
    "target-section": ("sentences", 'a value under a heading of plans ("Nhiệm vụ, giải pháp năm 2025")'),
    "months-ahead": ("sentences", 'a value after the months left of the year ("6 tháng cuối năm, ...") in July'),
    "table-other-index": ("tables", "a table column about an index outside the catalog"),
    "table-row-not-province": ("tables", "a table row that names no province (a district, a total)"),
    "readers-comments": ("sentences", "the lines from a comment section's heading on are readers' words"),
    "related-links": (
        "article",
        'other articles\' headlines in a page\'s link box ("Tin liên quan:", "Xem thêm:", "Bài viết cùng chuyên mục")',
    ),
    "index-era": ("period", "a DTI value of a year before the DTI's first assessment (2019), not an ICT Index rank"),
    "table-row-not-index": (
        "tables",
        "a row of a table of one province's indices whose first cell names no catalog index (a note, a total)",
    ),
    "not-a-value-reading": (
        "reading",
        'a year, a duration, an age, "tăng 3 bậc", "năm thứ 4 liên tiếp", "nhóm thứ 2", "01 trong 06", '
        'a ratio "trên 1.000 dân", a margin "vượt 5% so với kế hoạch"',
    ),
    "list-unpaired": (
        "lists",
        'a value of a "lần lượt"/"tương ứng" list whose items and values do not pair up (none of the list is bound)',
    ),
    "range": ("reading", 'either bound of a range ("từ khoảng 0,41 đến gần 0,47")'),
    "positions-counted": (
        "lists",
        'the bounds of the positions the provinces after "thuộc về" hold ("Các vị trí từ thứ 4 đến thứ 6 thuộc về")',
    ),
    "no-topic-fits": ("phrasing", 'no indicator phrasing around the number can take it ("gồm 9 chỉ số chính")'),
    "rank-of-other-index": ("phrasing", 'a rank about an index outside the catalog ("thứ 8 về chỉ số SIPAS")'),
    "absorbed-by-other-measure": (
        "phrasing",
        'a measure outside the catalog named between the index and the value owns it ("tỷ lệ dân số chỉ '
        'dùng điện thoại phổ thông ... 6,3%"); a bracketed rank after a measure the catalog does not rank '
        '("88% nông hộ có kỹ năng số (xếp thứ 2 cả nước)")',
    ),
}
