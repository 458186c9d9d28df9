"""Which year a bound value is of: ``YEAR_RULES`` (asked in order, the first that answers dates
it) and ``PERIOD_REFUSALS`` (the first that fires drops it by name).

The value's own year comes first (a list's, one written right after it, the nearest in its
clause), then what the article says about rankings and the time it was written, then the
context: the lead-in line's, the paragraph's, the heading's, the article's. Each rule is a
small function whose docstring says why; ``make eval`` names the rule that dated a fact whose
year is wrong (``wrong-period:<rule>``).

To add a rule: a function here (docstring first, an example in our own words), its place in
``YEAR_RULES``, its cue words in ``data/cues.yml``, a test in our own words.
"""

from __future__ import annotations

import datetime as dt
import re

from vndx.extract.binding_rules import Rule
from vndx.extract.claim import Claim, Pick
from vndx.extract.cues import load_cues
from vndx.extract.dti_table import load_dti_table, written_decimals
from vndx.extract.gazetteer import MERGER_DATE, SELF
from vndx.extract.lists import DTI_FIRST_EDITION
from vndx.extract.periods import COMPARED_YEAR_BEFORE, RANKING_INDEX_NAMES, dash_asides, resolve
from vndx.extract.scan import skipping
from vndx.extract.years import (
    BEFORE_WORDS,
    compared_year,
    edition_out_on,
    in_parens,
    latest_year,
    move_from_before,
    move_to_before,
    part_of_year_months,
    past_year_cue,
    tasks_year,
    this_year_cue,
)
from vndx.reference import Indicator

# ---- the value's own year


# a sentence that opens on the edition it compares with ("Nếu so với DTI 2023 (tính trên 63 tỉnh, thành phố), ..."), and
# "từng" (once, formerly) right before a value's verb
_COMPARED_OPENING = re.compile(
    rf"\W*(?:neu\s+)?so\s+voi\s+(?:ket qua\s+)?(?:{RANKING_INDEX_NAMES})\s+(?:nam\s+)?((?:19|20)\d\d)\b[^,;]*,"
)
_ONCE = re.compile(r"\btung\s+(?:xep|dung|o|dat|giu|co)\b")


def compared_opening(c: Claim) -> int | None:
    """Rule compared-opening: a value said to have been so once ("từng xếp thứ 46/63") in a sentence that opens on the
    edition it compares with ("Nếu so với DTI 2023 (tính trên 63 tỉnh, thành phố), Lạng Sơn từng xếp thứ 46/63, Cao
    Bằng thứ 58/63") is of that edition; so are the places listed with it in its clause."""
    if c.lower.find("so voi", c.sent.start, c.sent.start + 16) < 0:
        return None  # (most sentences open otherwise: a cheap scan first)
    m = _COMPARED_OPENING.match(c.lower, c.sent.start)
    if m is None or m.end() > c.n.start:
        return None
    if not _ONCE.search(c.lower, m.end(), c.n.start) and not _on_old_basis(c, m):
        return None
    return int(m.group(1)) if c.lower.find(";", m.end(), c.n.start) < 0 else None


def _on_old_basis(c: Claim, m: re.Match) -> bool:
    """Rule compared-old-basis: in an article written when the latest edition out ranked the 34 provinces, the edition
    compared with is one of the 63 ("Nếu so với DTI 2023 tính theo 63 tỉnh, Đà Nẵng cũ xếp thứ 2/63 (0,6715)"), said by
    the opening or by the rank itself ("/63"): the values so ranked can only be that edition's, "từng" or not."""
    if c.published is None or int(m.group(1)) >= FIRST_EDITION_ON_34:
        return False
    if edition_out_on(c.published) < FIRST_EDITION_ON_34:
        return False  # (written before an edition on the 34-province basis was out, or compared with one)
    if c.n.out_of == 34:
        return False  # (a rank out of 34 is of the new basis, whatever the opening compares with)
    return c.n.out_of == 63 or load_cues().basis_63.search(m.group()) is not None


def list_year(c: Claim) -> int | None:
    """A list that names each value's year ("các năm 2021, 2022 lần lượt là 0,41 và 0,52")."""
    return c.b.period


def attached_year(c: Claim) -> int | None:
    """A year written right after one value belongs to it alone ("từ vị trí 35 năm 2021 lên vị
    trí thứ 19": 2021 dates 35 only); a comparison year owns the bracketed value after it ("so với
    năm 2020 (xếp thứ 51/63)")."""
    return c.sent.attached.get(c.n.start)


# grammar: what may stand between an index's name and the year that names its edition
_EDITION_GAP = re.compile(r"\s*(?:\(\w+\)\s*)?(?:nam\s+)?")


_OWN_CLAUSE_YEAR = re.compile(r"[^,;:()]{0,60}")
_BRACKET_AFTER_VALUE = re.compile(r"\d[\d.,/]*\s*\(\s*$")  # "vị trí thứ 33 (": a value and its bracket


def index_year(c: Claim) -> int | None:
    """In a sentence with two years, the one that names the edition of the very index the value
    measures ("xếp thứ 20 cả nước về mức độ chuyển đổi số năm 2024", "Chỉ số DTI năm 2024 của tỉnh
    đạt ...") dates it, not a year of something else before it ("Tại lễ kỷ niệm Ngày Chuyển đổi
    số quốc gia năm 2025, ..." names an event)."""
    topic, sent = c.b.topic, c.sent
    if topic is None or c.family is None:
        return None
    free = [y for y in sent.years if y.start not in sent.attached.taken and y.kind == "period"]
    if len({y.year for y in free}) < 2:
        return None
    named = set()
    pos = c.n.start
    # (a value in a bracket right after another, "vươn lên vị trí thứ 33 (0,4102)", is in that one's clause)
    pair = _BRACKET_AFTER_VALUE.search(c.lower, max(sent.start, pos - 24), pos)
    own_at = pair.start() if pair else pos
    for y in free:
        lo, hi = min(y.end, pos), max(y.start, pos)
        if any(lo <= o.start < hi for o in free if o is not y):
            continue  # "Chỉ số DTI năm 2022 ... xếp thứ 20, năm 2023 xếp thứ 15": 2023 is nearer to 15
        if y.start > pos and any(_owns_clause(c.lower, sent.start, o, own_at) for o in free if o.end <= own_at):
            # "...; năm 2022 tỉnh đứng thứ 4/63 và DTI 2023 của tỉnh ...": the value's clause has its own year
            continue
        for h in topic.finditer(c.lower, max(sent.start, y.start - 160), y.end):
            inside = h.start() < y.start and h.end() >= y.end  # "dti năm 2024" is one phrasing
            if inside or (h.end() <= y.start and _EDITION_GAP.fullmatch(c.lower, h.end(), y.start)):
                named.add(y.year)
    return named.pop() if len(named) == 1 else None


def contrast_same_year(c: Claim) -> int | None:
    """Rule contrast-same-year: a value in a "trong khi" clause about another province, with no year of its own, is of
    the one year the clause before dated its value with ("Trụ cột xã hội số là thế mạnh của Thái Bình cũ với giá trị
    0,5472 năm 2023, trong khi Hưng Yên cũ nổi bật ở trụ cột kinh tế số với 0,4988 điểm": 2023 for both)."""
    lower, sent = c.lower, c.sent
    head = lower.rfind("trong khi", sent.start, c.n.start)
    if head < 0 or any(y.start > head for y in sent.years):
        return None
    before = {y.year for y in sent.years if y.kind == "period"}
    if len(before) != 1 or not any(x.slug != SELF and head < x.start < c.n.start for x in sent.places):
        return None
    # (not the year a movement started from: "vươn từ vị trí thứ 5 năm 2024 lên thứ 2, trong khi Huế ... xếp thứ 3")
    if any(move_from_before(lower[max(sent.start, at - 25) : at]) for at in sent.attached):
        return None
    return before.pop()



def change_since(c: Claim) -> int | None:
    """Rule change-since: a change of an index with no year of its own but the one it is compared with ("giá trị DTI
    tăng 0,0445 so với năm 2021") is the change of the next edition, the year after the one compared."""
    if c.b.indicator.unit != "score_delta":
        return None
    since = _SINCE_YEAR.search(c.lower, c.n.end, c.clause_end)
    if since:
        return int(since.group(1)) + 1
    # (compared with the year or the edition before in words, "tăng 0,1468 điểm so với năm trước", with no year of its
    # own: the change of the edition the article ranks, not of a year a look-back wrote before it, "năm 2021, tỉnh mới
    # ở vị trí thứ 17")
    if c.family == "dti" and not _dating_years(c) and _SINCE_BEFORE.search(c.lower, c.n.end, c.clause_end):
        return c.ctx.ranked_year or max(c.ctx.dti_editions, default=None)
    return None


def _values_after_in_clause(c: Claim, y) -> bool:
    """The year ``y`` is in a clause that points back at the values before it ("các thứ hạng tương ứng của năm 2022 là
    25, 34 và 22", "năm 2022 các chỉ số này lần lượt là ...") and a number other than a year follows it there."""
    semi = c.lower.rfind(";", c.sent.start, y.start)
    stop = c.lower.find(";", y.end, c.sent.end)
    stop = stop if stop >= 0 else c.sent.end
    if semi < 0 or not _POINTS_BACK.search(c.lower, semi, stop):
        return False
    return _NON_YEAR_NUMBER.search(c.lower, y.end, stop) is not None


_POINTS_BACK = re.compile(r"\b(?:tuong ung|lan luot|(?:cac|nhung) [a-z ]{2,20} nay)\b")
_NON_YEAR_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d")


def change_after_look_back(c: Claim) -> int | None:
    """Rule change-after-look-back: a change worked out after a look back at an earlier edition's level ("Năm 2021, tỉnh
    cũng đứng đầu với 0,6025 điểm; như vậy giá trị DTI của tỉnh đã tăng 0,0877 điểm sau một năm", "Nếu so với năm
    2020, khi Đà Nẵng cũng đứng đầu với khoảng 0,57 điểm, mức tăng chỉ vào khoảng 0,06 điểm") is the change up to the
    edition the article ranks, not the earlier year's: the sentence opens on that year ("Năm 2021", "(Nếu) so với năm
    2020"), a level comes before the change, "như vậy" or the opening comparison says the change is reckoned from it,
    and the edition ranked so far is later."""
    if c.b.indicator.unit != "score_delta" or c.family != "dti":
        return None
    opening = _LOOK_BACK_OPENING.match(c.lower, c.sent.start, c.n.start)
    if opening is None or _SINCE_YEAR.search(c.lower, c.n.end, c.clause_end):
        return None  # (a year compared with after the change dates it: rule change-since)
    between = c.lower[opening.end() : c.n.start]
    if not _LEVEL_THEN_BREAK.search(between):
        return None
    if opening.group(1) is None and not _THUS.search(between):
        return None  # ("Năm 2023, DTI đạt 0,61 điểm, tăng 0,05 điểm": the year's own change; only "như vậy" reckons)
    edition = c.ctx.ranked_year or max(c.ctx.dti_editions, default=None)
    year = int(opening.group(2))
    return edition if edition is not None and edition > year else None


_LOOK_BACK_OPENING = re.compile(r"[\W_]*(?:(?:neu |con )?(so voi) )?(?:nam |dti |ky danh gia )((?:19|20)\d\d)\b")
_LEVEL_THEN_BREAK = re.compile(r"\b0,\d{1,4}\b[^;]*?[;,]")  # a score, then the end of its clause
_THUS = re.compile(r"\bnhu vay\b")


def change_since_opening(c: Claim) -> int | None:
    """Rule change-since-opening: a change in a sentence that opens with the year compared with ("So với năm 2022, khi
    tỉnh đạt 0,6268 điểm ..., giá trị DTI năm nay tăng 0,0677 điểm", "So với DTI 2023, khi còn là tỉnh ...; điểm số tăng
    khoảng 0,04 điểm") is the next edition's, whatever the sentence says of the year compared with."""
    if c.b.indicator.unit != "score_delta":
        return None
    opening = _SINCE_OPENING.match(c.lower, c.sent.start, c.n.start)
    return int(opening.group(1)) + 1 if opening else None


def change_since_label(c: Claim) -> int | None:
    """Rule change-since-label: a change whose label ends with the year compared with, right before the value ("Tăng
    trưởng giá trị DTI của tỉnh so với năm 2020 là 0,0915") is the next edition's: the year is what it is set
    against, not its own (rule attached-year would give it)."""
    if c.b.indicator.unit != "score_delta":
        return None
    since = _SINCE_LABEL.search(c.lower, max(c.sent.start, c.n.start - 40), c.n.start)
    return int(since.group(1)) + 1 if since else None


_SINCE_LABEL = re.compile(
    r"\bso voi (?:cung ky )?(?:nam |ban |ky )?(?:dti )?((?:19|20)\d\d)\s*,?\s*(?:(?:la|dat)\s+|:\s*)?"
    r"(?:(?:khoang|gan|hon|tren)\s+)?\+?\s*$"
)
_LATER = re.compile(r"\bsau(?: do)?$")
_SINCE_YEAR = re.compile(r"\bso voi (?:cung ky )?(?:nam |ban |ky )?(?:dti )?((?:19|20)\d\d)\b")
_SINCE_BEFORE = re.compile(rf"\bso voi {BEFORE_WORDS}\b")
_SINCE_OPENING = re.compile(r"[\W_]*so voi (?:ket qua )?(?:nam |dti |ky danh gia )?((?:19|20)\d\d)\s*,")


def _owns_clause(lower: str, sent_start: int, y, pos: int) -> bool:
    """The year ``y`` heads the clause of the value at ``pos``: nothing but words between them, or the comma of a year
    that opens its clause ("Năm 2021, DTI của tỉnh đạt", "; hai năm sau, tỉnh vươn lên thứ 7"); not the comma after
    a year that ends an event's name ("Tại Ngày Chuyển đổi số quốc gia năm 2025, tỉnh đứng thứ 14")."""
    if _OWN_CLAUSE_YEAR.fullmatch(lower, y.end, pos):
        return True
    if not lower.startswith(",", y.end) or not _OWN_CLAUSE_YEAR.fullmatch(lower, y.end + 1, pos):
        return False
    head = lower[sent_start : y.start].rstrip()
    head = head[:-3].rstrip() if head.endswith("nam") else head
    return not head or head[-1] in ";:"


def announced_last_year(c: Claim) -> int | None:
    """Rule announced-last-year: a ranking's value after "kết quả công bố năm trước", "bảng xếp hạng DTI được công bố
    năm ngoái", with no year of its own between, is of the edition that came out then, the year before it ("Theo kết
    quả công bố năm trước, chỉ số hạ tầng số của tỉnh xếp thứ 6, năm nay ... thứ 11" in a report on DTI 2021 of 2022:
    6 is DTI 2020's; the year later in the sentence dates 11 only). A year in digits is read by the other rules."""
    pos = c.n.start
    if not c.ranked or c.ctx.pub_year is None or c.lower.find("cong bo", c.sent.start, pos) < 0:
        return None  # (most ranked values: no release named before them; a cheap look before the years)
    said = None  # (the release year in words, periods.year_mentions: YearMention.released)
    for y in c.sent.years:
        if y.end > pos:
            break
        if y.released:
            said = y
        elif y.kind != "ignore":
            said = None  # (a year of its own after it: "công bố năm ngoái, năm 2022 tỉnh xếp thứ 9")
    if said is None or ";" in c.lower[said.end : pos]:
        return None
    # (counted from the time of writing, as a release is: "năm trước" after "Năm 2021, ..." is still the release
    # before this one, not 2020's)
    return c.ctx.pub_year - 2


def sentence_year(c: Claim) -> int | None:
    """The nearest year before the value in its sentence ("Năm 2022, ... đạt 0,53"), else right
    after it in its clause, else the one year the rest of the sentence names; comparisons,
    ranges and announcement dates are never periods (periods.year_mentions)."""
    free = [y for y in c.sent.years if y.start not in c.sent.attached.taken]
    cond = _IF_CLAUSE.search(c.lower, c.sent.start, c.n.start)
    if cond is not None:
        # "Nếu năm 2020 tỷ lệ ... mới là 38%, thì nay đã lên 71,2%": the year of the clause set against the rest
        # dates that clause only
        free = [y for y in free if not cond.start() <= y.start < cond.end()]
    now = _now_clause(c)
    if now is not None:  # "Hiện toàn tỉnh có 215 doanh nghiệp; năm 2023, doanh thu ...": 2023 is not its year
        free = [y for y in free if now[0] <= y.start < now[1]]
    if 0 <= c.sent.now_at < c.n.start:
        # "Trong 25 chỉ tiêu của Nghị quyết đến năm 2025, đến nay có 11 chỉ tiêu đã hoàn thành": a horizon
        # ("đến năm 2025") before "đến nay" is the plan's, not the value's year
        at = c.sent.now_at
        free = [y for y in free if not (y.end <= at and _HORIZON_BEFORE.search(c.lower, max(0, y.start - 9), y.start))]
    semi = c.lower.rfind(";", c.sent.start, c.n.start)
    if semi >= 0:
        # "Trong DTI 2023, Bắc Giang từng xếp thứ 11/63; nay ... xếp thứ 6/34 trong DTI 2024": a year of the
        # value's own clause (after the ";") dates it before one of the clause before it
        # (a year written in digits: "gấp hơn 3 lần năm trước" compares, it does not date)
        # (a relative year fronting the clause dates it: "...; hai năm sau, tỉnh vươn lên thứ 7"; so does a year
        # counted on, which never compares: "...; năm 2022 lùi xuống thứ hai, để rồi một năm sau giành lại vị trí số 1")
        mine = [
            y
            for y in free
            if semi < y.start < c.clause_end
            and y.kind == "period"
            and not (y.contrast and y.start > c.n.end)  # ("..., trong khi năm 2021 ..." after it dates what follows)
            and (c.lower[y.start].isdigit() or c.lower.startswith(",", y.end) or _LATER.search(c.lower, y.start, y.end))
        ]
        free = mine or free
    if c.clause_end < c.sent.end:
        # rule later-clause-year: "... đạt 91,2%, tỷ lệ ... đạt 76,5%; năm 2020, các tỷ lệ này tương ứng là 88,3% và
        # 70,2%": a year heading a clause after the value's ";" dates that clause, not the values before it
        free = [y for y in free if y.start < c.clause_end or not _heads_clause(c.lower, y.start)]
        # (nor one inside such a clause before values of its own: "chính quyền số xếp thứ 11, kinh tế số thứ 20; các
        # thứ hạng tương ứng của năm 2022 là 25, 34" dates the 25 and 34 only)
        free = [y for y in free if y.start < c.clause_end or not _values_after_in_clause(c, y)]
        # (nor a year counted back in words after the ";": "So với năm 2023, giá trị DTI tăng 0,0934 điểm; thứ hạng
        # cũng cải thiện bởi ở kỳ đánh giá trước, tỉnh chỉ xếp thứ 18/63" dates the 18 only)
        free = [
            y for y in free if y.end <= c.n.start or c.lower[y.start].isdigit() or ";" not in c.lower[c.n.end : y.start]
        ]
    if c.lower.find("(", c.sent.start, c.sent.end) >= 0:
        # rule bracketed-target-horizon: a target's year in a bracket ("đạt 71,2% (mục tiêu năm 2025 là 80%); tỷ lệ ...
        # đạt 78,5%") is the target's horizon: it dates no value outside that bracket
        free = [y for y in free if not _in_target_bracket(c.lower, c.sent.start, y.start, c.n.start)]
        # rule bracket-year-stays: a year in a bracket closed before the value, with a value of its own ("trụ cột kinh
        # tế số xếp thứ 7/63 (năm 2020 xếp thứ 15/63), trụ cột xã hội số xếp thứ 11/63"), dates that bracket's value
        # only
        free = [y for y in free if not _in_closed_value_bracket(c.lower, c.sent.start, y, c.n.start)]
    if any(y.aside for y in free):
        # rule dash-aside: "Kinh tế số – trụ cột từng đứng thứ 51 ở kỳ đánh giá năm 2021 – nay đã vươn lên thứ 33": the
        # aside's year dates the aside's value only; a value inside the aside takes the aside's own year first
        mine = next(((a, b) for a, b in dash_asides(c.lower, c.sent.start, c.sent.end) if a < c.n.start < b), None)
        inside = [y for y in free if mine and mine[0] < y.start < mine[1]]
        free = inside or [y for y in free if not y.aside]
    asides = frozenset(
        y.start
        for y in free
        if y.start > c.n.end
        and in_parens(c.lower, c.n.end, y.start)
        # (not an index's edition in brackets after its name: "về Chỉ số cải cách hành chính (PAR Index 2023)")
        and not _EDITION_BRACKET.search(c.lower, max(0, y.start - 16), y.start)
    )
    if asides:
        # rule bracket-own-value: a bracket after the value that holds a year and a value of its own ("đứng thứ 14 trong
        # 63 tỉnh, thành phố (năm 2020 tỉnh xếp thứ 19)") dates its own value, not the one before it
        owned = {y.start for y in free if y.start in asides and _bracket_value_after(c.lower, y.end)}
        if owned:
            free = [y for y in free if y.start not in owned]
            asides = asides - owned
    year, target = resolve(free, c.n.start, c.clause_end, None, asides)
    c.horizon = target
    if c.ranked and c.family == "dti" and c.published is not None and year == c.published.year:
        if any(y.now and y.year == year for y in free) and not any(y.year == year and not y.now for y in free):
            # "năm nay lùi xuống vị trí thứ 5" in an article of October 2025: this year's edition, the
            # one out that day (DTI 2024), not the year of writing (a ranking comes out the year after)
            # (an article that names a later edition, released before it was written, knows better than our release
            # dates: "Chỉ số DTI năm 2025, được công bố ngày 12/5" in May 2026 makes "năm nay" that edition)
            out = edition_out_on(c.published)
            # (the editions it names as written, before rule released-editions set aside those not out by our dates)
            later = [y for y in c.ctx.editions.get("dti", []) if out < y == c.published.year - 1]
            return later[0] if later else out
    return year


def _bracket_value_after(lower: str, at: int) -> bool:
    """A value of the bracket's own after ``at`` (a year's end), before the bracket closes."""
    close = lower.find(")", at)
    return close >= 0 and _BRACKET_VALUE.search(lower, at, close) is not None


_BRACKET_VALUE = re.compile(r"\b(?:thu|hang|vi tri|dat|la)\s+\d|\d\s*%")


# a year heading its clause after ";" ("; năm 2020, ...", "; còn năm trước, ...", "; cuối năm 2021 ...")
# (also a part of the year heading it: "...; 9 tháng năm 2025, hơn 80% hồ sơ ..." dates what follows)
_HEADS_CLAUSE = re.compile(
    r";\s*(?:(?:con|va|rieng|trong|den|tinh den|cuoi|het|\d{1,2} thang(?: dau)?|quy [iv\d]+)\s+)*(?:nam\s+)?"
)

def _heads_clause(lower: str, at: int) -> bool:
    return bool(_HEADS_CLAUSE.fullmatch(lower, lower.rfind(";", 0, at), at))


_EDITION_BRACKET = re.compile(rf"\(\s*(?:{RANKING_INDEX_NAMES}|sipas)\s+(?:nam\s+)?$")
_HORIZON_BEFORE = re.compile(r"\bden nam\s+$")


# a clause that sets a past against what follows: "Nếu (như) năm 2020 ..., thì ..." (rule sentence-year)
# ("Nếu năm 2020 ..., thì ...", also without the comma: "Nếu như năm 2022 tỉnh ở vị trí 30 thì đến kỳ đánh giá này ...")
# (its commas too: "Nếu như năm 2021, DTI của tỉnh chỉ đạt 0,3615 điểm, đứng thứ 58/63, thì ở lần công bố này, ...")
_IF_CLAUSE = skipping(re.compile(r"\bneu(?: nhu)?\b[^;.]{0,200}?(?:,\s*|\s+)(?=thi\b)"))


def _now_clause(c: Claim) -> tuple[int, int] | None:
    """The clause (between semicolons) of a value said to be of now before it in that clause
    ("Hiện Cần Thơ đã cung cấp 1.174 thủ tục; năm 2020, tỷ lệ ..."): only its own years date it."""
    at, lower = c.sent.now_at, c.lower
    if at < 0 or at > c.n.start or lower.find(";", at, c.n.start) >= 0:
        return None
    end = lower.find(";", c.n.start, c.sent.end)
    end = c.sent.end if end < 0 else end
    # (nor past a comma to a clause about another province: "Đến nay tỷ lệ ... của tỉnh mới đạt 81%, ..., đồng thời dẫn
    # chứng tỉnh Vĩnh Long ... năm 2021 đã vươn lên thứ 24": that year is the other province's)
    other = next((x.start for x in c.sent.places if c.n.end < x.start < end and x.slug != SELF), None)
    if other is not None and (comma := lower.rfind(",", c.n.end, other)) >= 0:
        end = comma
    return lower.rfind(";", c.sent.start, at) + 1 or c.sent.start, end


# ---- what the article says about rankings and when it was written


def named_latest(c: Claim) -> int | None:
    """Rule named-latest: a DTI value the sentence says is the latest result ("theo kết quả DTI gần nhất, tỉnh xếp thứ
    56/63") or one announced in a month without its year ("công bố hồi tháng 7 năm ngoái", "... tháng 7 vừa qua") is
    of the edition out that day, whatever year the article plans for ("triển khai nhiệm vụ năm 2024"); so is one "vừa
    được công bố" (just announced) with no year of its own ("Theo bảng xếp hạng ... vừa được Bộ công bố, tỉnh ... đạt
    0,6012")."""
    if not (c.ranked and c.family == "dti") or c.published is None or _dating_years(c):
        return None
    lower, s, pos = c.lower, c.sent.start, c.n.start
    if _LATEST_RESULT.search(lower, s, pos) or _JUST_ANNOUNCED.search(lower, s, pos):
        return edition_out_on(c.published)
    # (or right after the value, no other number between: "xếp thứ 6/63 trong bảng xếp hạng DTI gần nhất")
    after = _LATEST_RESULT.search(lower, c.n.end, min(c.clause_end, c.n.end + 60))
    if after is not None and not any(ch.isdigit() for ch in lower[c.n.end : after.start()]):
        return edition_out_on(c.published)
    said = _ANNOUNCED_IN_MONTH.search(lower, s, pos)
    if said is None or not 1 <= int(said.group(1)) <= 12:
        return None
    month, pub = int(said.group(1)), c.published
    year = pub.year - 1 if said.group(2) or month > pub.month else pub.year
    return edition_out_on(dt.date(year, month, 28))


_LATEST_RESULT = skipping(
    re.compile(
        r"\b(?:ket qua|chi so|dti|bang xep hang|ky danh gia)\b[^.;]{0,30}?\b(?:gan nhat|moi nhat)\b"
    )
)
# ... or just announced ("Theo bảng xếp hạng ... vừa được Bộ Khoa học và Công nghệ công bố, tỉnh Phú Thọ đạt 0,6012")
_JUST_ANNOUNCED = skipping(re.compile(r"\bvua (?:duoc )?(?:[^.;,\d]{0,45}? )?cong bo\b"))
# "công bố hồi tháng 7 năm ngoái", "công bố vào tháng 5", "công bố hồi tháng 7 vừa qua" (a month with no year)
_ANNOUNCED_IN_MONTH = skipping(
    re.compile(
        r"\bcong bo (?:hoi |vao )?thang (\d{1,2})\b(?!\s*/)(?: (nam ngoai|nam truoc))?(?! nam (?:19|20)\d\d)"
    )
)


def family_edition(c: Claim) -> int | None:
    """An ICT Index or PAR Index value with no year in its sentence is of the edition the article
    names elsewhere ("ICT Index 2022" in the title); a comparison year does not date it ("xếp thứ
    6, tăng 6 bậc so với năm 2020" under "PAR Index 2021" is of 2021)."""
    ctx, family = c.ctx, c.family
    if family and family != "dti" and ctx.editions.get(family) and not _dating_years(c):
        return max(ctx.editions[family])
    return None


def _dating_years(c: Claim) -> list:
    """The sentence's years that can date a value (not comparisons, ranges, announcements)."""
    return [y for y in c.sent.years if y.kind != "ignore"]


def section_year(c: Claim) -> int | None:
    """Rule section-year: a ranking's value with no year of its own under a section heading that opens on its year
    ("Năm 2021: Tăng 11 bậc" over "chỉ số DTI của tỉnh đạt 0,3902, đứng thứ 41") is that year's edition, not the
    edition ranked in the section before, nor the latest out by the publication ("Theo báo cáo vừa được công bố")."""
    ctx = c.ctx
    if not c.ranked or ctx.section_year is None or ctx.lead_year or ctx.para_year:
        return None
    return ctx.section_year


def then_clause_edition(c: Claim) -> int | None:
    """A DTI value with no year of its own in the "thì" clause of "Nếu (như) năm 2021, ... đạt 0,3615 điểm, đứng thứ
    58/63, thì ở lần công bố này, tỉnh đạt 0,4892 điểm, vươn lên thứ 35/63" is of an edition after the year the
    "nếu" clause set against it: the latest out when the article was written, else the year after."""
    if not c.ranked:
        return None
    cond = _IF_CLAUSE.search(c.lower, c.sent.start, c.n.start)
    if cond is None or cond.end() > c.n.start:
        return None
    years = [y.year for y in c.sent.years if cond.start() <= y.start < cond.end() and y.kind == "period"]
    if not years or any(cond.end() <= y.start < c.clause_end for y in c.sent.years):
        return None
    later = max(years) + 1
    out = edition_out_on(c.published) if c.published is not None else None
    return max(out, later) if out is not None else later


def edition_year(c: Claim) -> int | None:
    """A DTI pillar or index without a year continues the latest ranked year so far (a look back to an
    earlier edition, "...; năm 2023, tỉnh xếp thứ 50/63", does not move it back: the sentence loop keeps
    it), else the edition the article reports ("DTI 2024" in an article of 2025), before any paragraph
    context."""
    ctx = c.ctx
    # (nor a paragraph's year that labels another ranking's edition: rule other-index-year; nor one written only in a
    # day's date: rule dated-paragraph)
    # (nor one that opens a target: rule target-year)
    para_year = None if ctx.para_year_other_index or ctx.para_year_dated or ctx.para_year_target else ctx.para_year
    if c.ranked and not (ctx.lead_year or para_year) and (ctx.ranked_year or ctx.dti_editions):
        return ctx.ranked_year or max(ctx.dti_editions)
    return None


def headline_edition(c: Claim) -> int | None:
    """An undated ranking in a headline is of the latest year the body names, when that is before
    the publication year ("Tỉnh đứng thứ nhì về chính quyền số" over "Năm 2023, ...", in 2024)."""
    if not (c.ranked and c.sent.is_heading and not c.sent.years):
        return None
    body_year = latest_year(c.lower[c.sent.end :], c.ctx.pub_year)
    if body_year is not None and (c.ctx.pub_year is None or body_year < c.ctx.pub_year):
        return body_year
    return None


def latest_edition(c: Claim) -> int | None:
    """An undated DTI value in a dated article with no year around it is of the latest edition out
    that day (year N comes out in N+1; DTI 2023 only in February 2025: years.DTI_RELEASES)."""
    ctx = c.ctx
    undated = not (c.sent.years or ctx.lead_year or ctx.para_year or ctx.heading_year)
    if c.ranked and c.family == "dti" and undated and c.published is not None:
        return edition_out_on(c.published)
    return None


def merged_one_edition(c: Claim) -> int | None:
    """Rule merged-one-edition: an undated value of the DTI family said of the merged province ("Đà Nẵng (mới) vẫn
    đứng đầu về chính quyền số với 0,8124 điểm", "tỉnh mới", "sau hợp nhất") is of an edition on the 34-province
    basis, the latest out when the article was written (2024 or later), not an earlier year the paragraph before
    looked at ("Năm 2022 và năm 2023, Đà Nẵng đều xếp thứ nhất trên 63 tỉnh")."""
    if not c.ranked or c.family != "dti" or c.sent.years or c.published is None:
        return None
    latest = edition_out_on(c.published)  # (the latest edition out when the article was written)
    if latest < FIRST_EDITION_ON_34:
        return None
    if _MERGED_ONE.search(c.lower, c.sent.start, c.n.start) is None:
        return None
    return latest


# after the merger: "sau hợp nhất", "sau khi sáp nhập", "sau sắp xếp" (rules merged-one-edition, after-merger)
_AFTER_MERGER_WORDS = r"\bsau (?:khi )?(?:hop nhat|sap nhap|sap xep)\b"
# the province said to be the merged one: "(mới)" after its name, "tỉnh mới", "sau hợp nhất", "sau sáp nhập"
_MERGED_ONE = skipping(
    re.compile(r"\((?:moi|sau hop nhat|sau sap nhap)\)|\b(?:tinh|thanh pho) moi\b|" + _AFTER_MERGER_WORDS)
)


def after_merger(c: Claim) -> int | None:
    """Rule after-merger: a statistic with no year of its own in a sentence that says it is after the merger ("Sau sắp
    xếp, 124/124 xã, phường được phủ sóng di động 4G, tương đương 100%" after "Trước khi hợp nhất, năm 2024, ...") is of
    the article's year, written after 1 July 2025, not of a year before the merger the paragraph named (the context's
    year stands when it is not before it: a review of 2025 written in 2026)."""
    if c.ranked or c.family or c.sent.years or c.published is None or c.published < MERGER_DATE:
        return None
    if not _AFTER_MERGER.search(c.lower, c.sent.start, c.n.start):
        return None
    year = c.context_year
    return c.published.year if year is not None and year < MERGER_DATE.year else None


_AFTER_MERGER = skipping(re.compile(_AFTER_MERGER_WORDS))


def first_edition(c: Claim) -> int | None:
    """Rule first-edition: a DTI value in a sentence that says it is of the index's first year and names none ("Năm đầu
    tiên áp dụng, DTI của tỉnh đạt 0,3914 điểm, xếp thứ 17/63", "Ở kỳ đánh giá đầu tiên, tỉnh đứng thứ 40") is of the
    first edition, DTI 2020; not the first year after the merger ("năm đầu tiên sau hợp nhất")."""
    if c.family != "dti" or c.lower.find("dau tien", c.sent.start, c.n.start) < 0:
        return None  # (a cheap scan first: most sentences say no such thing)
    if any(y.kind == "period" for y in c.sent.years):
        return None
    first = _FIRST_YEAR.search(c.lower, c.sent.start, c.n.start)
    if first is None or ";" in c.lower[first.end() : c.n.start]:
        return None
    if COMPARED_YEAR_BEFORE.search(c.lower, max(c.sent.start, first.start() - 16), first.start()):
        return None  # ("tăng 0,0854 điểm so với năm đầu tiên đánh giá": the year compared with, not the value's)
    # (not the first year on the merged basis: "Năm đầu tiên sau hợp nhất, ...")
    return None if load_cues().basis_34.search(c.lower, c.sent.start, c.sent.end) else DTI_FIRST_EDITION


_FIRST_YEAR = re.compile(r"\b(?:nam|ky danh gia|lan danh gia|ky xep hang) dau tien\b")


def past_year(c: Claim) -> int | None:
    """ "năm qua", "cả năm", "quý IV" without a year, in a report of January to March (or to June, when
    it says it reviews that year), is the year before (a first-quarter report looks back on the whole
    past year)."""
    ctx, pub = c.ctx, c.published
    # (a year the value is compared with dates nothing: "Năm qua, tỷ lệ ... đạt 46,8%, tăng 12,3 điểm phần trăm so
    # với năm 2021" in January 2023 is 2022's)
    # (nor one of the tasks ahead: "năm qua các chỉ tiêu ... đạt, tạo nền tảng để triển khai các nhiệm vụ năm 2024")
    # (nor a contrasted year's: "Năm qua, tỷ lệ ... đạt 62,9%, trong khi năm 2023 con số này mới là 47,6%")
    own = [
        y
        for y in c.sent.years
        if not y.contrast
        and not compared_year(c.lower, c.sent.start, y.start)
        and not tasks_year(c.lower, c.sent.start, y.start)
    ]
    # (a heading's year counts only when it is no ranking's edition: "Kon Tum: DTI 2023 xếp thứ 40" over "Trong năm qua,
    # tỷ lệ hồ sơ ... đạt 62,5%" in February 2025 names the edition, and the statistic is 2024's)
    if own or c.ranked or ctx.lead_year or ctx.para_year or (ctx.heading_year and not ctx.heading_ranking):
        return None
    if pub is None or not past_year_cue(c.lower, c.sent.start, c.sent.end):
        return None
    # (until June too, in an article that says it reviews the year before: "Nhân dịp tổng kết năm 2022, ...
    # - Năm qua, tỷ lệ người dân sử dụng Internet đạt 82,5%" in April 2023)
    if pub.month <= 3 or (pub.month <= 6 and ctx.report_year == pub.year - 1):
        return pub.year - 1
    return None


def as_of_now(c: Claim) -> int | None:
    """ "đến nay", "hiện nay" without a year: the year of a dated heading or title ("6 tháng đầu
    năm 2024"), else the article's year, else (undated) the year after the last ranking edition; a
    paragraph's own year comes first only when it is the article's or the article is undated."""
    ctx = c.ctx
    # ANNOTATION.md: "đến nay / hiện nay" take the article's year, also after a paragraph's older year
    # ("DTI 2023 ... Hiện nay, 72,5% hộ gia đình ..." in 2024 is 2024; "Năm 2024, ... Hiện nay, ..." in
    # February 2025 is 2025); a paragraph's year stands only for an undated article
    older = ctx.para_year is not None and ctx.pub_year is not None and ctx.para_year < ctx.pub_year
    if not c.sent.as_of_now or c.ranked or ctx.lead_year or (ctx.para_year and not older):
        return None
    # a heading's year dates "đến nay" when it frames a period ("6 tháng đầu năm 2024"), not when it is
    # a ranking's edition ("Vĩnh Long xếp thứ 25 về chuyển đổi số năm 2020" over "Hiện nay, ...")
    # (nor when it names two rankings: "Kon Tum cải thiện đồng thời PAR Index và DTI năm 2022")
    framed = ctx.section_topic is None and not ctx.heading_ranking
    heading = ctx.heading_year if framed or ctx.heading_year == ctx.pub_year else None
    if heading is not None and c.published is not None and heading < c.published.year and c.published.month > 3:
        # (not a past year's review written well into the next: "kết quả chuyển đổi số năm 2024" in October 2025,
        # "Đến nay, 100% cơ quan ..." is 2025; in the first quarter, "đến nay" may still close the year reviewed)
        heading = None
    return heading or ctx.now_year or (ctx.ranked_year + 1 if ctx.ranked_year else _default(c))


def part_of_this_year(c: Claim) -> int | None:
    """ "6 tháng đầu năm", "quý II", "9 tháng" without a year, when that much of the publication year
    has passed, is of the publication year, also after a paragraph of an older year ("Cả năm 2025,
    tỷ lệ này đạt 78,3%. Tỷ lệ ... 6 tháng đạt 61,9%" in July 2026 is 2026); in January, "6 tháng đầu
    năm" of a review is last year's, and the older year stands."""
    ctx, pub = c.ctx, c.published
    if pub is None or c.ranked or c.family or ctx.lead_year:
        return None
    if not (ctx.para_year and ctx.para_year < pub.year):
        return None  # no older year to override: the context already gives the article's
    return _months_passed(c)


def months_of_this_year(c: Claim) -> int | None:
    """A part of the year without its year opening a paragraph of its own ("Trong 7 tháng, tỷ lệ hồ sơ
    thanh toán trực tuyến đạt 38,4%") after paragraphs about an older edition (DTI 2023, in July 2024) is
    of the publication year, when that much of it has passed; unlike part-of-this-year, it gives the
    paragraph its year."""
    ctx, pub = c.ctx, c.published
    if pub is None or c.ranked or c.family or ctx.lead_year or ctx.para_year is not None:
        return None
    return _months_passed(c)


def _months_passed(c: Claim) -> int | None:
    """The publication year, when the part of the year the sentence names ("9 tháng") has passed in it."""
    months = part_of_year_months(c.lower, c.sent.start, c.sent.end)
    return c.published.year if months is not None and c.published.month >= months else None


# ---- the context


# a sentence that opens on the result just given ("Kết quả này đưa ...", "Với kết quả đó, ...")
_RESULT_BACKREF = re.compile(r"\W*(?:(?:voi|nho|tu|nhung)\s+)?ket qua\s+(?:nay|do|tren)\b")


def result_backref(c: Claim) -> int | None:
    """Rule result-backref: a sentence without a year of its own that opens on the result the one before gave ("Cả năm
    ghi nhận 12.804 giao dịch ...\nKết quả này đưa số giao dịch ... của tỉnh đứng thứ 7 toàn quốc") is of that result's
    year, also across a paragraph break."""
    if c.ctx.carry_period is None or c.lower.find("ket qua", c.sent.start, c.sent.start + 12) < 0:
        return None  # (most sentences open otherwise: a cheap scan first)
    return c.ctx.carry_period if _RESULT_BACKREF.match(c.lower, c.sent.start) else None


def carried_period(c: Claim) -> int | None:
    """A value bound to the index the previous sentence measured takes that sentence's year
    ("Năm 2022, DTI của tỉnh đạt 0,53. Xếp thứ 20/63.")."""
    return c.ctx.carry_period if c.b.carried else None


def report_year(c: Claim) -> int | None:
    """An article of January to March that dated its statistics to the year before ("Tính đến hết
    năm 2024, 92% người trưởng thành dùng điện thoại thông minh", in February 2025) is that year's
    report (as rule past-year reads it): its undated statistics in later paragraphs are of that
    year too, not of the publication year. Not a ranking's year (an edition is published the year
    after and says nothing of the article's other figures), not a value said to be of now ("hiện
    nay", "đầu năm"), not a paragraph or heading with a year of its own. At any month when the lead named that
    year's report ("Báo cáo kết quả chuyển đổi số năm 2024 của UBND tỉnh cho thấy ...": rule named-report)."""
    ctx, pub = c.ctx, c.published
    if ctx.report_year is None or pub is None or pub.year != ctx.report_year + 1:
        return None
    if pub.month > 3 and not ctx.report_named:  # (a lead that named the year's report frames any month: named-report)
        return None
    if c.family or ctx.lead_year or ctx.para_year or ctx.heading_year or c.sent.as_of_now:
        return None
    if this_year_cue(c.lower, c.sent.start, c.sent.end):
        return None
    return ctx.report_year


def release_year(c: Claim) -> int | None:
    """A round-up whose lead announces figures released for every province for a year ("Tổng cục Thống
    kê công bố số liệu tỷ trọng kinh tế số ... của 63 tỉnh, thành phố, tính cho năm 2023", in November
    2024): its undated statistics are that year's, not the publication year's. Not a ranking's value
    (editions have rules of their own), not a paragraph, heading or lead-in with a year, not "hiện nay"."""
    ctx = c.ctx
    if ctx.release_year is None or c.family or c.sent.as_of_now:
        return None
    if ctx.lead_year or ctx.para_year or ctx.heading_year:
        return None
    return ctx.release_year


def opening_year(c: Claim) -> int | None:
    """An article whose first sentence opens with an earlier year ("Năm 2022, ...") reviews that year:
    its undated statistics in later paragraphs are of it."""
    ctx = c.ctx
    if ctx.opening_year is None or c.family or c.sent.as_of_now:
        return None
    if ctx.lead_year or ctx.para_year or ctx.heading_year:
        return None
    if this_year_cue(c.lower, c.sent.start, c.sent.end):
        return None
    return ctx.opening_year


def context_year(c: Claim) -> int | None:
    """The lead-in line's year ("Chỉ số DTI năm 2022 của tỉnh:" over its bullets), else the
    paragraph's, the heading's, the article's (publication, or the text's latest; never after
    the publication year)."""
    return c.context_year


def _default(c: Claim) -> int | None:
    return carried_period(c) or context_year(c)


# years joined in one phrase: "năm 2020 và 2021", "các năm 2021 và 2022", "năm 2020, 2021 và 2022"
_JOINED_YEARS = skipping(
    re.compile(
        r"\b(?:(cac|ca hai|ca ba|trong ca hai|trong hai|trong ba|trong cac|hai|ba) )?"
        r"nam ((?:19|20)\d\d(?:\s*,\s*(?:nam\s+)?(?:19|20)\d\d)*\s+va\s+(?:nam\s+)?"
        r"(?:19|20)\d\d)\b"
        # (counted, the years may be joined by commas alone: "ở hai kỳ đánh giá 2020, 2021", "ở các năm 2022, 2023")
        r"|\b(cac|hai|ba) (?:nam|ky danh gia|ky) ((?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)+)\b"
    )
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# (or the years counted as what they are: "Năm 2020 và năm 2021 là hai năm tỉnh đạt kết quả tốt nhất: xếp thứ nhất")
_EACH_WORD = re.compile(r" (?:deu|cung(?! voi| ky| nam| thoi)|la (?:ca )?(?:hai|ba) nam)(?= )")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")


def shared_years(c: Claim) -> list[int]:
    """Rule shared-years: one value said of several years joined ("năm 2020 và 2021 Quảng Ninh đều xếp thứ nhất",
    "giữ vị trí số 1 các năm 2021 và 2022"): the value is each year's, not only that of the year that dated it.
    The other years, when the value's own year is one of them: before the value with "đều" and no other number
    between, or right after it as "các năm ..." (a comparison, "so với năm 2020 và 2021", says neither). Also a place
    kept from the year compared with ("giữ nguyên vị trí thứ 5/63 như năm 2021": that year's too)."""
    if c.ranked and c.lower.find(" nhu ", c.n.end, c.clause_end) >= 0:
        held = _HELD_AS_IN.match(c.lower, c.n.end, c.clause_end)
        if held and _KEPT_BEFORE.search(c.lower, max(c.sent.start, c.n.start - 30), c.n.start):
            return [int(held.group(1))] if int(held.group(1)) != c.period else []
    if c.chosen.get("period") not in ("sentence-year", "attached-year"):
        return []
    if c.lower.find(" va ", c.sent.start, c.clause_end) < 0 and c.lower.find(", 20", c.n.end, c.clause_end) < 0:
        return []
    clause = c.lower.rfind(";", c.sent.start, c.n.start) + 1 or c.sent.start
    for m in _JOINED_YEARS.finditer(c.lower, clause, c.clause_end):
        counted = m.group(1) or m.group(3)
        years = [int(y) for y in _YEAR_DIGITS.findall(m.group(2) or m.group(4))]
        if c.period not in years:
            continue
        if m.end() <= c.n.start:
            between = c.lower[m.end() : c.n.start]
            # ("đều", or "cùng" not joining a partner: "năm 2021 và 2022 cùng đứng thứ hai")
            each = bool(_EACH_WORD.search(f" {between} ")) and not any(ch.isdigit() for ch in between)
        else:
            # (or the years right after the value, closing its clause: "thứ nhất năm 2021 và 2022."; not a year that
            # opens a clause of its own: "thứ 12 năm 2022 và năm 2023 lần đầu lọt vào nhóm 10")
            each = (counted is not None and m.start() - c.n.end <= 12) or (
                m.start() - c.n.end <= 1 and _CLAUSE_ENDS.match(c.lower, m.end()) is not None
            )
        if each:
            return [y for y in years if y != c.period]
    return []


# "giữ nguyên vị trí thứ 45 như năm 2022", "vẫn giữ hạng 9 như năm trước": kept, and as in the year compared with
_KEPT_BEFORE = re.compile(r"\b(?:giu nguyen|giu vung|van giu|tiep tuc giu|duy tri)\b[^,;.\d]{0,25}$")
_HELD_AS_IN = re.compile(r"(?:\s*/\s*\d+)?\s+nhu\s+(?:nam|ky danh gia|dti)\s+((?:19|20)\d\d)\b")


# "trong cùng khoảng thời gian", "cùng giai đoạn": the span of years the paragraph has just told
_SAME_SPAN = re.compile(r"\bcung (?:khoang thoi gian|giai doan|thoi gian|thoi ky|quang thoi gian)\b(?! (?:nam|tu) )")


def same_span(c: Claim) -> int | None:
    """Rule same-span: a movement "in the same span" ("Trong cùng khoảng thời gian, giá trị DTI của tỉnh tăng từ 0,31
    lên 0,52") after a paragraph whose facts ran from one year to another (2020 ... 2023): its start is the span's
    first year, its end the last. A share's movement needs no such words: "Nếu như năm 2022, tỷ lệ ... mới đạt 33,6% thì
    năm 2023 con số này đã lên 62,4%. Tỷ lệ hồ sơ thanh toán trực tuyến cũng tăng từ 12,3% lên 41,7%" moves over the
    paragraph's two years (a share has no edition to count back to: rule undated-start drops one no span dates)."""
    span = c.ctx.fact_span
    if span is None or span[0] == span[1]:
        return None
    if not c.n.percent and not _SAME_SPAN.search(c.lower, c.sent.start, c.sent.end):
        return None
    before = c.lower[max(c.sent.start, c.n.start - 25) : c.n.start]
    if move_from_before(before):
        return span[0]
    if move_to_before(before) and c.lower.find(" tu ", c.sent.start, c.n.start) >= 0:  # ("từ ... lên 0,52")
        return span[1]
    return None


def move_start(c: Claim) -> int | None:
    """The starting place of a movement without a year of its own ("tăng 12 bậc, từ vị trí 27 lên vị
    trí thứ 15", "tụt từ thứ 10 xuống thứ 18") is the year before the end point's: the end point's year
    by the rules below, minus one (a frame of years, "Từ năm 2021 đến năm 2023", is attached-year's)."""
    if c.n.start not in c.sent.attached.moved_from or c.sent.attached.get(c.n.start) is not None:
        return None
    for rule in YEAR_RULES[YEAR_RULES.index(_MOVE_START) + 1 :]:
        got = rule.pick(c)
        if got is not None:
            return got - 1
    return None


_MOVE_START = Pick("move-start", move_start)

# after a fact is made: the other years its value is also of (each answer a copy of the fact, rule shared-years)
SHARED_YEARS = Pick("shared-years", shared_years)

YEAR_RULES: list[Pick] = [
    Pick("list-year", list_year),
    Pick("change-since-label", change_since_label),
    Pick("change-after-look-back", change_after_look_back),
    # (before attached-year: the year compared with, opening the sentence, is no year of the change even where it reads
    # as attached to it: "So với DTI 2021, khi thành phố cũng dẫn đầu với 0,6160 điểm, giá trị ... tăng 0,0361")
    Pick("change-since-opening", change_since_opening),
    Pick("attached-year", attached_year),
    Pick("same-span", same_span),
    _MOVE_START,
    Pick("index-year", index_year),
    Pick("announced-last-year", announced_last_year),
    Pick("compared-opening", compared_opening),
    Pick("sentence-year", sentence_year),
    Pick("contrast-same-year", contrast_same_year),
    Pick("then-clause-edition", then_clause_edition),
    Pick("first-edition", first_edition),
    Pick("change-since", change_since),
    Pick("section-year", section_year),
    Pick("named-latest", named_latest),
    Pick("family-edition", family_edition),
    Pick("edition-year", edition_year),
    Pick("headline-edition", headline_edition),
    Pick("latest-edition", latest_edition),
    Pick("past-year", past_year),
    Pick("as-of-now", as_of_now),
    Pick("part-of-this-year", part_of_this_year),
    Pick("months-of-this-year", months_of_this_year),
    Pick("merged-one-edition", merged_one_edition),
    Pick("after-merger", after_merger),
    Pick("carried-period", carried_period),
    Pick("result-backref", result_backref),
    Pick("report-year", report_year),
    Pick("release-year", release_year),
    Pick("opening-year", opening_year),
    Pick("context-year", context_year),
]


# ---- the cross-check, once the province is known (it needs both)

# the year rules that guess rather than read: the article's context, its publication date
WEAK_YEAR_RULES = frozenset({"edition-year", "latest-edition", "report-year", "context-year"})


def official_table_year(c: Claim) -> int | None:
    """An undated DTI score of a province (index or main index, three decimals or more) that
    equals its official value of exactly one edition 2022-2024 (data/dti/) is of that edition,
    when its year was only guessed from the context or the publication date; a rank out of 63
    corrects only a year taken from the publication date, when the table contradicts it. A year
    written in the sentence always wins ("Năm 2023 tỉnh đạt 0,6512" stays 2023)."""
    if c.chosen.get("period") not in WEAK_YEAR_RULES or c.sent.years or not c.province or c.province.startswith("@"):
        return None
    b, table = c.b, load_dti_table()
    code = b.indicator.code
    if not table.has_code(code):
        return None  # (no edition matches an indicator the table lacks: its written decimals are not counted)
    matches = table.years_matching(c.province, code, b.value, written_decimals(b.number.raw))
    if c.published is not None:  # an edition not out yet when the article was written is no answer
        matches = [y for y in matches if y <= edition_out_on(c.published)]
    if len(matches) != 1 or matches[0] == c.period:
        return None
    if b.indicator.unit == "rank":
        # one of 63 values: a chance match in another edition is common, so a rank only corrects a
        # year that nothing in the article gave (the publication date's latest edition), on the
        # 63-province basis, when the table has that edition and contradicts it
        basis_63 = b.out_of in (None, 63) and not c.ctx.basis_34
        guessed = c.chosen.get("period") == "latest-edition"
        if not (guessed and basis_63 and c.period is not None and table.knows(c.province, code, c.period)):
            return None
    return matches[0]


# the first DTI edition ranked on the 34 merged provinces (DTI 2024, out in October 2025)
FIRST_EDITION_ON_34 = 2024
# the sentence says its ranking is on the merged provinces ("ở kỳ đánh giá đầu tiên theo mô hình 34 tỉnh, thành")
_ON_34_BASIS = re.compile(r"\b(?:theo|tren)\s+(?:co so|mo hinh)\s+34\s+(?:tinh|dia phuong)")


def basis_34_edition(c: Claim) -> int | None:
    """A DTI rank written out of 34 ("đứng thứ 11/34 tỉnh, thành"), or in a sentence that says it ranks the 34, is of an
    edition ranked on the merged provinces, DTI 2024 or later (the first of them when it says so: "ở kỳ đánh giá đầu
    tiên theo mô hình 34 tỉnh"): a year before that, read from a look back elsewhere in the article or from the
    editions out by its date, gives way to the article's first such edition it names (else DTI 2024)."""
    if c.family != "dti" or c.period is None or c.period >= FIRST_EDITION_ON_34:
        return None
    basis = None
    # (said before the value or in its clause: "các năm 2020, ..., 2023 lần lượt xếp thứ 4, 2, 3 và 3 trên 63 tỉnh; năm
    # 2024, trên cơ sở 34 tỉnh, thành phố sau sắp xếp, Hà Nội xếp thứ 2/34" says it of the clause after the semicolon)
    if c.b.out_of is None and c.lower.find(" 34 ", c.sent.start, c.clause_end) >= 0:  # (a cheap scan first)
        basis = _ON_34_BASIS.search(c.lower, c.sent.start, c.clause_end)
    if c.b.out_of != 34 and basis is None:
        return None
    if basis and c.lower.find("dau tien", max(c.sent.start, basis.start() - 30), basis.start()) >= 0:
        return FIRST_EDITION_ON_34  # ("kỳ đánh giá đầu tiên theo mô hình 34 tỉnh": the first such edition)
    named = [y for y in c.ctx.editions.get("dti", []) if y >= FIRST_EDITION_ON_34]
    return min(named, default=FIRST_EDITION_ON_34)


YEAR_CROSS_CHECKS: list[Pick] = [
    Pick("official-table-year", official_table_year),
    Pick("basis-34-edition", basis_34_edition),
]


# ---- the index of the value's era, once the year is checked (rule index-era)

# the DTI's first assessment was 2019's (a pilot, "đợt đánh giá thử nghiệm"); before it, provinces were ranked by the
# Vietnam ICT Index (whose readiness ranking real reports still cite for later years: not bounded here)
DTI_FIRST = 2019


def index_of_its_era(c: Claim, catalog) -> Indicator | None:
    """The indicator the value's year allows: a DTI rank of a year before the DTI existed is the ICT Index's, when
    the article names that index ("Trước khi DTI ra đời, ... Vietnam ICT Index. Năm 2015, tỉnh xếp thứ 55/63");
    None for a DTI value no index of its year can hold (a pillar's, a score's, or a rank in an article that names
    no ICT Index)."""
    code = c.b.indicator.code
    if not code.startswith("dti_") or c.period >= DTI_FIRST:
        return c.b.indicator
    if code == "dti_rank" and catalog.topic("ict_index").regex.search(c.lower):
        return catalog.indicators["ict_index_rank"]
    return None


# ---- refusals, once the year is chosen


def no_year(c: Claim) -> bool:
    """Nothing in the sentence, paragraph, heading or article dates the value (an undated page
    with no year anywhere: ANNOTATION.md asks for no guess)."""
    return c.period is None


def future_year(c: Claim) -> bool:
    """The value's year is a horizon: a year after the publication ("đạt 20% vào năm 2030"), or a
    horizon year right after the value in its clause ("đạt 35% GDP vào năm 2025")."""
    if c.horizon:
        return True
    if c.published is not None and c.period is not None and c.period > c.published.year:
        # (whatever rule read the year: a list's years after the publication are horizons too, "đến năm 2030 các tỷ lệ
        # này lần lượt là 30% và 100%" in 2021; no article reports a value of a year still to come)
        return True
    lower, n = c.lower, c.n
    soon = min(c.clause_end, n.end + 30)
    if any(
        y.kind == "future"
        and n.end <= y.start < soon
        and "," not in lower[n.end : y.start]
        # (not a target's horizon in a bracket after the value: "đạt 71,2% (mục tiêu năm 2025 là 80%)", the value
        # reached; rule bracketed-target-horizon)
        and not _in_target_bracket(lower, c.sent.start, y.start, n.start)
        for y in c.sent.years
    ):
        return True
    if c.published is None:
        return False
    # (or one heading the value's clause: "tỉnh xác định đến năm 2025, 90% hồ sơ công việc ... được xử lý trên môi
    # trường mạng", in 2020, and the targets listed after it with commas: "..., tỷ trọng kinh tế số đạt 10% GRDP"; also
    # the end of the year being written in, three months or more ahead: "Theo Kế hoạch số 45/KH-UBND, đến cuối năm
    # 2021, 95% văn bản đi ... phải được ký số", in March 2021)
    return any(
        y.start < n.start
        and (by := _BY_YEAR.search(lower, max(c.sent.start, y.start - 20), y.start)) is not None
        # (not the horizon of targets set, whose count achieved is a result: "trong 19 chỉ tiêu Nghị quyết đề ra đến năm
        # 2025, đã có 12 chỉ tiêu đạt")
        and not _SET_UNTIL.search(lower, max(c.sent.start, by.start() - 12), by.start())
        and not _DONE_BETWEEN.search(lower, y.end, n.start)
        and (y.year > c.published.year or (y.year == c.published.year and c.published.month <= 9 and by.group(1)))
        and (
            _HORIZON_HEADS.fullmatch(lower, y.end, n.start)
            or (
                _HORIZON_HEADS.match(lower, y.end) is not None
                and ";" not in lower[y.end : n.start]
                and not any(y.end <= z.start < n.start for z in c.sent.years)
            )
        )
        for y in c.sent.years
    )


def _in_target_bracket(lower: str, start: int, at: int, value_at: int) -> bool:
    """The year at ``at`` is inside a bracket that opens with a target word, and the value at ``value_at`` is not."""
    opened = lower.rfind("(", start, at)
    if opened < 0 or lower.rfind(")", opened, at) >= 0 or not _TARGET_OPENS.match(lower, opened + 1):
        return False
    closed = lower.find(")", at)
    return not (opened < value_at < (closed if closed >= 0 else len(lower)))


def _in_closed_value_bracket(lower: str, start: int, y, value_at: int) -> bool:
    """The year ``y`` is inside a bracket that closes before ``value_at`` and holds a value after the year."""
    if y.end > value_at:
        return False
    opened = lower.rfind("(", start, y.start)
    if opened < 0 or lower.rfind(")", opened, y.start) >= 0:
        return False
    closed = lower.find(")", y.end, value_at)
    return closed >= 0 and _BRACKET_VALUE.search(lower, y.end, closed) is not None


_TARGET_OPENS = re.compile(r"\s*(?:so voi\s+)?(?:muc tieu|chi tieu|ke hoach)\b")
# (nor a plan's title, "giai đoạn 2021-2025, định hướng đến năm 2030, ...", nor a result said of it: "đã có 8 ...")
_SET_UNTIL = re.compile(r"\b(?:de ra|dat ra|giao|dinh huong|tam nhin)\s+$")
_DONE_BETWEEN = re.compile(r"\bda\b")
_BY_YEAR = skipping(re.compile(r"\b(?:den|toi|vao) (cuoi |het )?nam\s*$"))
_HORIZON_HEADS = re.compile(r"\s*,\s*(?:(?:co|se co|phan dau|tinh|toan tinh)\s+)?(?:khoang|tren|it nhat|toi thieu)?\s*")


# the end of a movement right after its start ("từ 0,5% lên 42,7%", "từ 12% xuống còn 8%")
_MOVE_END_AFTER = re.compile(r"\s*(?:len|xuong)(?:\s+(?:muc|con|toi|den))?\s+\d")
# the picks that read a year written for the value itself (a list of years, the year right after it, a span's ends)
_OWN_YEAR_PICKS = ("list-year", "attached-year", "same-span", "change-since-label", "change-after-look-back")


def undated_start(c: Claim) -> bool:
    """The share a movement starts from, with no year of its own ("tỷ lệ hồ sơ thanh toán trực tuyến tăng từ 0,5% lên
    42,7%"): when it was that much is not written. (A rank or a score counts back to the edition before, rule
    move-start; a share has no edition: the sentence's year is its end point's, not its start's.)"""
    if not c.n.percent or c.chosen.get("period") in _OWN_YEAR_PICKS or c.sent.attached.get(c.n.start) is not None:
        return False
    before = c.lower[max(c.sent.start, c.n.start - 25) : c.n.start]
    return move_from_before(before) and _MOVE_END_AFTER.match(c.lower, c.n.end, c.clause_end) is not None


PERIOD_REFUSALS: list[Rule] = [
    Rule("no-year", no_year),
    Rule("future-year", future_year),
    Rule("undated-start", undated_start),
]
