"""Which year a value refers to, beyond the nearest year in its clause (see periods.py): years that
belong to one value only ("từ vị trí 35 năm 2021"), comparison years that own a bracketed value,
"từ năm X đến năm Y" frames, the ranking edition an article reports, a range framing an undated
text, and a date in a page's address."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from vndx.extract.cues import load_cues
from vndx.extract.numbers import is_year
from vndx.extract.periods import COMPARED_THING, MULTIPLE_OR_MORE, RANKING_INDEX_NAMES, dash_asides, year_mentions
from vndx.extract.scan import skipping
from vndx.extract.text import count_of


class Attached(dict):
    """number start -> the year written right after it; ``taken``: those years' starts; ``moved_from``:
    the starting places of a movement written without a year ("từ vị trí 27 lên vị trí thứ 15")."""

    taken: set[int]
    moved_from: set[int]


def now_cue(lower: str, original: str, start: int, end: int) -> int:
    """Where the sentence first says its values are of now (rule as-of-now), else -1: "đến nay",
    "hiện nay", "hiện + verb" ("tỉnh hiện có"), or "hiện" opening the sentence or a clause ("Hiện
    toàn tỉnh có 182 doanh nghiệp", "Theo Sở, hiện 71% người dân ..."). The opening "hiện" is
    checked in the original spelling: folded, the names Hiền / Hiển and "hiến" read "hien" too."""
    cues = load_cues()
    m = cues.as_of_now.search(lower, start, end)
    # rule ever-not-now: "tỷ lệ ... đạt 76,4%, cao nhất từ trước đến nay": the highest so far, which dates nothing
    while m is not None and cues.ever_lead.search(lower, max(start, m.start() - 16), m.start()):
        m = cues.as_of_now.search(lower, m.end(), end)
    at = m.start() if m else -1
    o = cues.now_opening.match(lower, start, end) or cues.now_clause.search(lower, start, end)
    if o is not None and _spelt_now(original, o.start(1)) and (at < 0 or o.start(1) < at):
        at = o.start(1)
    return at


def _spelt_now(original: str, at: int) -> bool:
    """ "hiện" (not "hiền", "hiến") or "nay" (not "này") in its own spelling."""
    if original[at] in "nN":
        return original[at + 1] in "aA"
    return original[at + 2] in "ệỆeE"


# no comma: in "19/63, năm 2022 xếp thứ 25" the year starts the next value's clause
# ("trong năm 2023" dates the whole clause; "42,6% (cùng kỳ năm 2023 đạt 28,1%)": the bracket's value; a
# bracket may follow the value's unit word: "11,6% GRDP (năm 2023 là 10,8%)")
_ATTACH_GAP = re.compile(
    r"\s*\(?\s*(?:cua\s+|cung ky\s+)?(?:ca\s+)?(?:(?:cuoi|dau|giua)\s+)?(?:nam|vao nam)\s*$"
    r"|\s*(?:[a-z]+\s+){1,2}\(\s*(?:cung ky\s+)?(?:nam|vao nam)\s*$"
    # "tụt xuống thứ 29 (2018), thứ 40 (2019)": the year alone in a bracket right after the value
    r"|\s*\(\s*$"
    # "cao hơn mức 96,5% mà Đồng Nai (cũ) đạt được năm 2024": a relative clause that dates the value
    r"|\s+ma\s+[^,;.:\d]{0,40}?\b(?:dat duoc|dat|co duoc|co)\s+(?:trong\s+|vao\s+)?nam\s*$"
    # "chưa bằng thứ hạng 35/63 từng đạt được năm 2020": a value once reached, dated by the year after it
    r"|\s+(?:da\s+)?tung\s+(?:dat duoc|dat|co duoc|giu duoc|giu|co)\s+(?:trong\s+|vao\s+)?nam\s*$"
    # "xếp thứ nhất ở hai kỳ đánh giá 2020, 2021", "thứ hai ở các năm 2022, 2023": the years the value is said of
    r"|\s+(?:o|trong)\s+(?:ca\s+)?(?:cac|hai|ba)\s+(?:nam|ky danh gia|ky)\s*$"
)
_IN_YEAR_GAP = re.compile(r"\s+trong\s+nam\s*$")
_LED_IN_YEAR = skipping(re.compile(r"\b(?:dan dau|dung dau) (?:ca nuoc|toan quoc) (?:vao )?nam $"))
# (also "mức 61,9% của cùng kỳ năm trước": the same period of the year before)
_WORDED_GAP = re.compile(r"\s*(?:cua\s+)?(?:ca\s+)?(?:cung ky\s+)?")
# rule moved-count-year: an end of a movement, its noun, then its year ("tăng từ 512 doanh nghiệp năm 2021 lên 736
# doanh nghiệp năm 2023", "từ 312 doanh nghiệp (2021) lên 356 (2022)"): each count's year is the one after its noun,
# as a share's is right after it
# (a noun, or none: no linking word, "tăng lên 21,8% và đến năm 2023 ..." is the next clause's year)
_NOUN_THEN_YEAR = re.compile(
    r"\s*(?:(?!(?:va|den|toi|dat|la|con|trong|cua|tang|giam|vao|cuoi|dau|het)\b)[a-z]+\s+){0,3}"
    r"(?:(?:vao\s+)?(?:(?:cuoi|dau|het)\s+)?nam\s*|\(\s*(?:nam\s*)?)"
)
_MOVE_END_BEFORE = re.compile(r"\b(?:tu|len|den|toi|xuong)\s+(?:(?:khoang|gan|hon|tren|muc)\s+)?$")
# (or a part of that year: "so với mức 17,05% của 9 tháng năm 2023", "của quý III năm 2023")
_NOUN_OF_YEAR = re.compile(
    r"\s*(?:[a-z]+\s+){0,3}cua\s+(?:ca\s+|(?:\d{1,2}\s+thang(?:\s+dau)?|quy\s+[ivx]+|nua dau)\s+)?nam\s*"
)
_MONTHS_COUNT = re.compile(r"\s+thang(?:\s+dau)?\s+nam\b")
_COMPARED_VALUE = re.compile(r"\bso voi\s+(?:(?:muc|con so|khoang|gan|hon|tren)\s+)?$")
# ("cao hơn mức 10,3% của Long An cũ năm 2024": a value compared with, another place's, and its year)
# (also "so với mức 61,2% của Lâm Đồng (cũ) năm 2024")
_PLACE_OF_YEAR = re.compile(
    r"\s*cua\s+(?:(?:tinh|thanh pho|tp\.?)\s+)?(?:[a-z]+\s+){1,3}(?:\(?cu\)?\s+)?(?:vao\s+)?nam\s*"
)
_HIGHER_THAN_VALUE = re.compile(r"\b(?:cao|thap|nhieu|it) hon\s+(?:(?:muc|con so|khoang|gan|hon|tren)\s+)?$")
# ("từ hạng 38 của ICT Index 2019 lên thứ 15 trong bảng xếp hạng DTI 2020", "từ vị trí 58/63 ở kỳ đánh giá đầu tiên
# (DTI 2020)": the edition named in its board's or assessment's words)
_EDITION_EACH = re.compile(
    r"\s+(?:o|cua|trong|tai)\s+(?:(?:bang xep hang|ky danh gia(?: dau tien)?|lan danh gia(?: dau tien)?)\s*\(?\s*)?"
    rf"(?:vietnam\s+)?(?:{RANKING_INDEX_NAMES})\s+(?:nam\s+)?"
)
_FRAME = skipping(
    re.compile(r"\btu\s+(?:nam\s+)?((?:19|20)\d\d)\s+(?:den|toi)\s+(?:(?:het\s+)?nam\s+)?((?:19|20)\d\d)\b")
)
# a frame whose start only is a year: "Từ năm 2020 đến nay", "giai đoạn 2020-2024" / "nhiệm kỳ 2020-2025" (the span's
# end may be a plan's horizon, not a year a value was measured in: only the movement's start takes it)
_FRAME_START = skipping(
    re.compile(
        r"\btu\s+(?:nam\s+)?((?:19|20)\d\d)\s+(?:den|toi)\s+(?:nay|hien nay|thoi diem nay)\b"
        r"|\b(?:giai doan|nhiem ky)\s+((?:19|20)\d\d)\s*[-\u2013]\s*(?:19|20)\d\d\b"
    )
)


# an arrow from one value to the next, past its denominator or a bracket ("57/63 (năm 2020) → 46/63", "0,2981 → 0,3507")
_ARROW_CHARS = skipping(re.compile("[\u2192\u27f6\u279d\u2794]|->|=>"))
_ARROW_JOINT = re.compile(
    r"\s*(?:/\s*\d+\s*)?(?:\([^()]{0,30}\)\s*)?(?:[\u2192\u27f6\u279d\u2794]|->|=>)\s*(?:(?:hang|thu|vi tri)\s+)?"
)


def _scores(a, b) -> bool:
    """Two scores of an index (decimals below 1): a movement between them is between editions."""
    return not a.is_int and not b.is_int and a.value < 1 and b.value < 1


_MOVE_FROM = re.compile(r"\btu\s+(?:(?:hang|vi tri|thu|muc|vi tri thu|thu hang)\s+)?$")
_MOVE_TO = re.compile(r"\b(?:len|xuong)\s+(?:(?:hang|vi tri|thu|muc|vi tri thu|thu hang)\s+)?$")


def move_from_before(before: str) -> bool:
    """The text before a value ends in the start of a movement ("từ vị trí ", "tăng từ ")."""
    return _MOVE_FROM.search(before) is not None


def move_to_before(before: str) -> bool:
    """The text before a value ends in the end of a movement ("lên thứ ", "xuống hạng ")."""
    return _MOVE_TO.search(before) is not None


_COMPARE_PAREN = re.compile(
    # "so với năm 2020 (xếp thứ 51/63)"; "so với năm 2024 (khi tỉnh Đắk Lắk cũ đạt 49,2% ...)": a bracket
    # opening with "khi" is of that year however long its subject ("(giá trị DTI chung đạt 0,67)" is not)
    r"^\s*\)?\s*[,]?\s*\(\s*(?:(?:khi|luc)\s+(?:[a-z]+\s+){0,8}|(?:[a-z]+\s+){0,4})$"
    r"|^\s+(?:duoc\s+)?(?:xep|dung|o|giu)\s+(?:[a-z]+\s+){0,4}$"  # "so với năm 2021 giữ vị trí thứ 53"
    # "So với DTI 2023, khi X xếp thứ 6", "tăng 3 bậc so với năm 2020 khi tỉnh đứng thứ 19"
    r"|^\s*,?\s*khi\s+(?:[a-z]+\s+){0,5}(?:xep|dung|o|giu)\s+(?:[a-z]+\s+){0,4}$"
)


# "so với cuối năm 2023", "so với DTI 2024", "so với kết quả DTI 2024", "vượt xa năm 2022 (xếp thứ 30/63)"
_COMPARED_YEAR = re.compile(
    rf"(?:so voi|hon(?: han| nhieu)?|kem|{MULTIPLE_OR_MORE})(?: cung ky| thoi diem)?(?: ca)?(?: cuoi| dau)?"
    + COMPARED_THING
)


def _bracket_values(lower: str, y, vals, years) -> list:
    """The values after year ``y`` inside the bracket ``y`` opens, up to another year."""
    close = lower.find(")", y.end)
    out = []
    for n in vals:
        if n.start < y.end:
            continue
        if (close >= 0 and n.end > close) or any(y.end < x.start < n.start for x in years):
            break
        out.append(n)
    return out


def _bracket_value(lower: str, y, vals):
    """The first value after year ``y`` inside the bracket ``y`` opens, if any."""
    close = lower.find(")", y.end)
    return next((n for n in vals if y.end <= n.start and (close < 0 or n.end <= close)), None)


# rule year-then-value: a value (its unit or noun), a comma or bracket, "năm X"; then "là / có / đạt" and X's value
_VALUE_THEN_YEAR = re.compile(r"\s*(?:%|[a-z]+(?: [a-z]+){0,4})?\s*[,(]\s*nam\s*")
_YEAR_THEN_VALUE = re.compile(
    r"\s*(?:la|co|dat|chi|moi|(?:chi|moi) (?:la|co|dat))\s+(?:(?:khoang|gan|hon|tren|duoi) )?"
)
# a bracket opened with a few words and a year ("(năm 2023: ", "(6 tháng đầu năm 2023: ", "(cuối năm 2024 đạt "),
# then the bracket's own value ("79,2%", "hạng 19", "1.320 tổ")
_BRACKET_OPENS_YEAR = re.compile(r"\(\s*(?:[a-z0-9]+\s+){0,4}?(?:nam\s+)?$")
_BRACKET_YEAR_VALUE = re.compile(
    r"\s*(?::|(?:chi |moi )?(?:la|dat|co))\s*(?:(?:khoang|gan|hon|tren|duoi)\s+)?(?:(?:xep\s+)?(?:thu|hang)\s+)?"
)


def _bracket_year_value(lower: str, y, n) -> bool:
    """Year ``y`` opens a bracket right before it and value ``n`` follows it there, labelled by it."""
    opens = _BRACKET_OPENS_YEAR.search(lower, max(0, y.start - 30), y.start)
    return bool(opens and _BRACKET_YEAR_VALUE.fullmatch(lower, y.end, n.start))


# "so với năm trước, khi", "so với năm ngoái khi": the compared year is the one before the values' own
# the year before, or the edition before, in words ("năm trước", "năm ngoái", "kỳ đánh giá trước", "lần công bố
# trước", "lần xếp hạng trước"): one home for the rules that read what is compared with them (period_rules too)
BEFORE_WORDS = (
    r"(?:(?:cung ky\s+)?nam (?:truoc(?: do)?|ngoai)"
    r"|ky(?: danh gia| xep hang| cong bo)? truoc|lan (?:danh gia|xep hang|cong bo) truoc)"
)
_PREVIOUS_WHEN = re.compile(rf"so voi {BEFORE_WORDS}\s*,?\s*khi\b")
_DIGIT = re.compile(r"\d")
# the year compared with, written ("so với năm 2019", "so với DTI 2022"): rules compared-year-is and compared-year-when
_COMPARED_WITH_YEAR = r"\bso voi (?:nam |ky |dti )?((?:19|20)\d\d)"
_YEAR_IS = re.compile(
    _COMPARED_WITH_YEAR + r"\s+(?:(?:chi|moi)\s+)?(?:la|dat|o muc)\s+"
    r"(?:(?:khoang|gan|hon|tren|duoi)\s+)?(?:(?:vi tri|thu|hang)\s+(?:thu\s+)?)?$"
)
_COMPARED_YEAR_BRACKET = skipping(
    re.compile(
        # (the year as the edition's name too: "So với DTI 2023 của Long An (xếp thứ 17/63, đạt 0,5812 điểm)")
        r"\bso voi\s+(?:(?:ket qua|thu hang|vi tri|xep hang|gia tri)\s+)?(?:cua\s+)?(?:nam|dti)\s+((?:19|20)\d\d)\b"
        r"[^();.,\d]{0,60}\("
    )
)
# another compared place's bracket right after the first one's ("... (xếp thứ 17/63) và Tây Ninh (xếp thứ 35/63)")
_NEXT_COMPARED_BRACKET = re.compile(r"\)\s*(?:,|va)\s+[^();.,\d]{2,40}\(")
_CLAUSE_HEAD_BEFORE = re.compile(r"[,;:]\s*$")
_CHANGE_BEFORE = re.compile(r"\b(?:tang|giam|tang truong|hon|chenh lech|cai thien)\b")
_YEAR_WHEN = re.compile(_COMPARED_WITH_YEAR + r"\s*,?\s*(?:khi|luc|thoi diem)\b")
# (and "năm nay", the year the sentence is about: "So với năm 2022, khi tỉnh đạt 0,6268 điểm ..., giá trị DTI năm nay
# tăng 0,0677 điểm")
_CLAUSE_STOP = re.compile(r"[;.]\s|\b(?:19|20)\d\d\b|\b(?:con|trong khi|nhung|nam nay)\b")
_YEAR_BEFORE_BRACKET = re.compile(rf"(?:so voi|hon|kem)\s+{BEFORE_WORDS}\s*\(\s*(?:[a-z]+\s+){{0,3}}$")


# "với" between a place's year and the value said with it ("thứ hai năm 2020 với 0,5512 điểm")
_WITH_AFTER_YEAR = re.compile(r"\s+voi\s+(?:(?:khoang|gan|hon|tren)\s+)?")


def attached_years(lower: str, numbers, years, sentence_start: int = 0) -> Attached:
    """Years that belong to one value of the sentence, not to the values after it: "từ vị trí
    35 năm 2021 lên vị trí thứ 19" (2021 is 35's year only) and "so với năm 2020 (xếp thứ 51/63)"
    (a comparison year owns the bracketed value right after it)."""
    out = Attached()
    out.taken = set()
    out.moved_from = set()
    vals = [n for n in numbers if not is_year(n)]
    # "thứ 6 ở DTI 2021, thứ 3 ở DTI 2022 và thứ 7 ở DTI 2023": each place in its own edition, when the
    # sentence pairs two or more so ("A thứ 21, B thứ 33 ở DTI 2023" dates both)
    before = {y.start: [n for n in vals if n.end <= y.start] for y in years}
    each = {
        y.start for y in years if before[y.start] and _EDITION_EACH.fullmatch(lower, before[y.start][-1].end, y.start)
    }
    # (or the start of a movement so dated: "Từ vị trí 58/63 ở kỳ đánh giá đầu tiên (DTI 2020), tỉnh lên thứ 52 năm
    # 2021")
    if len(each) < 2:
        each = {y for y in each if _MOVE_FROM.search(lower, max(0, before[y][-1].start - 25), before[y][-1].start)}
    for y in years:
        prev = before[y.start]
        if len(prev) >= 2 and _MONTHS_COUNT.match(lower, prev[-1].end):
            prev = prev[:-1]  # (a count of months names a part of the year, no value: "của 9 tháng năm 2023")
        led = _LED_IN_YEAR.search(lower, max(sentence_start, y.start - 30), y.start) if y.kind == "period" else None
        if led and not (prev and prev[-1].end > led.start()):
            # rule led-in-year: "sau khi dẫn đầu cả nước năm 2020": the lead (a rank 1 the binding reads at "dẫn đầu")
            # is of that year, past the nation it led; the year dates no other value
            out[led.start()] = y.year
            out.taken.add(y.start)
            continue
        # (a year in words right after a value, or after "của": "so với mức 79% của năm trước đó" dates 79 only)
        worded = (
            prev
            and lower.startswith(("nam ", "cung ky nam "), y.start)
            and _WORDED_GAP.fullmatch(lower, prev[-1].end, y.start)
        )
        attach = prev and (_ATTACH_GAP.fullmatch(lower, prev[-1].end, y.start) or y.start in each or worded)
        # ("từ vị trí thứ 45 trong năm 2020, DTI năm 2021 ... lên thứ 29": "trong năm" too, where a later year dates
        # the values after it in its clause; alone, "Thái Nguyên đứng thứ hai với 28,72% trong năm 2023; Bắc Giang ..."
        # dates them all, and so it does before a ";" and another year: "A thứ 11, B thứ 23 và C thứ 47 trong năm 2024;
        # các thứ hạng tương ứng của năm 2023 là ...")
        attach = attach or (
            prev
            and _IN_YEAR_GAP.fullmatch(lower, prev[-1].end, y.start)
            and any(z.start > y.start and z.kind == "period" and ";" not in lower[y.end : z.start] for z in years)
        )
        # (a value compared with, its noun and "của năm" after it: "tăng so với 1.960 sản phẩm của năm 2023" dates
        # 1.960 only, not "đến nay ... có 3.215 sản phẩm" before it)
        attach = attach or (
            prev
            and _NOUN_OF_YEAR.fullmatch(lower, prev[-1].end, y.start)
            and _COMPARED_VALUE.search(lower, max(sentence_start, prev[-1].start - 16), prev[-1].start)
        )
        attach = attach or (
            prev
            and _PLACE_OF_YEAR.fullmatch(lower, prev[-1].end, y.start)
            and (
                _HIGHER_THAN_VALUE.search(lower, max(sentence_start, prev[-1].start - 16), prev[-1].start)
                or _COMPARED_VALUE.search(lower, max(sentence_start, prev[-1].start - 16), prev[-1].start)
            )
        )
        attach = attach or (
            prev
            and _NOUN_THEN_YEAR.fullmatch(lower, prev[-1].end, y.start)
            and _MOVE_END_BEFORE.search(lower, max(sentence_start, prev[-1].start - 16), prev[-1].start)
        )
        if attach and y.kind == "period":
            inside = _bracket_value(lower, y, vals) if "(" in lower[prev[-1].end : y.start] else None
            # "đạt 62% (năm 2023 đạt 41%)": a bracket that opens with a year and states its own value
            # is that value's year, not the one before it ("đạt 62% (năm 2023)" is 62's); so are its other values,
            # up to another year ("(năm 2024, tỉnh Cà Mau cũ đạt 72,1%, tỉnh Bạc Liêu cũ đạt 68,9%)")
            for n in _bracket_values(lower, y, vals, years) if inside else [prev[-1]]:
                out[n.start] = y.year
            # rule with-the-place: the value said with the place right after its year ("xếp thứ hai năm 2020 với 0,5512
            # điểm") is of that year too
            with_it = next((n for n in vals if n.start >= y.end), None) if not inside else None
            if with_it is not None and _WITH_AFTER_YEAR.fullmatch(lower, y.end, with_it.start):
                out[with_it.start] = y.year
            out.taken.add(y.start)
            continue
        nxt = [n for n in vals if n.start >= y.end]
        if y.kind == "period" and nxt and _bracket_year_value(lower, y, nxt[0]):
            # rule bracketed-year-value: "84,7% bản có cáp quang (năm 2023: 79,2%)", "(cuối năm 2024 đạt 84,8%)": a
            # bracket that opens with a year and states its own value is that value's year only, wherever the
            # value before it stands (not the year of "84,7%"); so are the bracket's other values, up to another
            # year ("(năm 2021: 0,3877 điểm, thứ 36)")
            close = lower.find(")", y.end)
            for n in nxt:
                if (close >= 0 and n.end > close) or any(y.end < x.start < n.start for x in years):
                    break
                out[n.start] = y.year
            out.taken.add(y.start)
            continue
        if (
            prev
            and nxt
            and y.kind == "period"
            and _VALUE_THEN_YEAR.fullmatch(lower, prev[-1].end, y.start)
            and _YEAR_THEN_VALUE.fullmatch(lower, y.end, nxt[0].start)
        ):
            # rule year-then-value: "đạt 52,3%, năm 2020 là 47,9%", "hiện có 214 doanh nghiệp (năm 2022 có 187)":
            # a year written after a value, with a value of its own right after it, is that value's only
            out[nxt[0].start] = y.year
            out.taken.add(y.start)
            continue
        if y.kind == "ignore" and nxt and _COMPARE_PAREN.match(lower[y.end : nxt[0].start]):
            if _COMPARED_YEAR.search(lower[max(0, y.start - 30) : y.start]):
                # every value of the bracket: "So với năm 2021 (24,8%, xếp thứ 3)" dates the rank too; not
                # the end point of a movement in it ("so với năm 2020 (từ vị trí 33 lên vị trí thứ 13)")
                close = lower.find(")", nxt[0].end)
                out[nxt[0].start] = y.year
                for n in nxt[1:] if close >= 0 else ():
                    if n.end > close or _MOVE_TO.search(lower[max(0, n.start - 25) : n.start]):
                        break
                    out[n.start] = y.year
    # rule series-opening-year: "năm 2021 đạt 14,2%, năm 2022 đạt 33,8%, năm 2023 đạt 56,4%": the year that opens a
    # series of years each written before its value (the next one taken by rule year-then-value above) is its first
    # value's only, as the others are; it no longer dates the sentences after the series
    for y, y2 in pairwise(years):
        nxt = [n for n in vals if n.start >= y.end]
        if (
            y.kind == "period"
            and y.start not in out.taken
            and y2.start in out.taken
            and nxt
            and nxt[0].end <= y2.start
            and nxt[0].start not in out
            and _YEAR_THEN_VALUE.fullmatch(lower, y.end, nxt[0].start)
            and _VALUE_THEN_YEAR.fullmatch(lower, nxt[0].end, y2.start)
        ):
            out[nxt[0].start] = y.year
            out.taken.add(y.start)
    # "tăng 6 bậc so với năm 2022, từ hạng 40 lên hạng 34": the comparison year owns
    # the starting point of the movement that follows it (the end point keeps the sentence's year)
    for y in years:
        if y.kind != "ignore" or not compared_year(lower, 0, y.start):
            continue
        later = [n for n in vals if n.start >= y.end and n.start not in out]
        # "So với năm 2022, tỉnh tăng 15 bậc, từ vị trí 40 lên 25": the first "từ ... lên" pair after it
        for a, b in zip(later, later[1:], strict=False):
            if _MOVE_FROM.search(lower[max(0, a.start - 25) : a.start]):
                if _MOVE_TO.search(lower[max(0, b.start - 25) : b.start]):
                    out[a.start] = y.year
                break
    # rule move-start: "từ vị trí 27 lên vị trí thứ 15" with no year of its own: 27 is the place before
    # (ANNOTATION.md: an explicit previous-year value; its year is the one before the end point's)
    # (also an arrow between two places or two scores, as fact boxes print a movement: "Xếp hạng: 57/63 → 46/63",
    # "Giá trị: 0,2981 → 0,3507"; and two scores moved "từ 0,2981 lên 0,3507": the index's previous edition)
    last = vals[-1].start if vals else sentence_start
    moves = len(vals) >= 2 and (
        lower.find("tu ", sentence_start, last) >= 0 or _ARROW_CHARS.search(lower, sentence_start, last) is not None
    )
    for a, b in zip(vals, vals[1:], strict=False) if moves else ():
        if a.start in out or a.percent or b.percent or not (a.is_int and b.is_int or _scores(a, b)):
            continue
        if _MOVE_FROM.search(lower[max(0, a.start - 25) : a.start]) and _MOVE_TO.search(
            lower[max(0, b.start - 25) : b.start]
        ):
            out.moved_from.add(a.start)
        elif _ARROW_JOINT.fullmatch(lower, a.end, b.start):
            out.moved_from.add(a.start)
    # (an arrow between two groups of values, each with its bracket: "Chỉ số DTI: 0,4612 (hạng 45/63) → 0,5098 (hạng
    # 38/63)": every value before it moved to the one of its kind after it)
    for arrow in _ARROW_CHARS.finditer(lower, sentence_start, last) if moves else ():
        seg = max(lower.rfind(":", sentence_start, arrow.start()), lower.rfind(";", sentence_start, arrow.start()))
        before_arrow = [v for v in vals if max(seg, sentence_start) <= v.start < arrow.start()]
        nxt_arrow = _ARROW_CHARS.search(lower, arrow.end(), last + 1)
        after_arrow = [v for v in vals if arrow.end() <= v.start < (nxt_arrow.start() if nxt_arrow else v.end + 1)]
        if len(before_arrow) < 2 or len(after_arrow) != len(before_arrow):
            continue  # (one value each side is the pair rule's above)
        for a, b in zip(before_arrow, after_arrow, strict=True):
            if a.start not in out and not a.percent and (a.is_int and b.is_int or _scores(a, b)):
                out.moved_from.add(a.start)
    # rule previous-when: "xếp thứ 24/63, tăng 14 bậc so với năm trước, khi tỉnh còn đứng ở vị trí thứ 38": the rank
    # in the "khi" clause after a comparison with the year before is that year's, a starting place (move-start)
    # (the sentence up to its last value, for the words looked up in it below: ``w in head`` is
    # ``lower.find(w, sentence_start, vals[-1].start) >= 0``, one copy instead of a call of find per word)
    head = lower[sentence_start : vals[-1].start] if vals else ""
    if len(vals) >= 2 and "khi" in head:
        for a, b in zip(vals, vals[1:], strict=False):
            when = _PREVIOUS_WHEN.search(lower, a.end, b.start)
            no_digit = when is not None and not _DIGIT.search(lower, when.end(), b.start)
            if no_digit and b.is_int and not b.percent and b.start not in out:
                out.moved_from.add(b.start)
    # rule compared-year-bracket: "So với kết quả năm 2023 của hai tỉnh trước khi hợp nhất (An Giang thứ 33, Kiên Giang
    # thứ 29)": the values in the bracket after what was compared with are of the year it names
    if vals and "(" in head:
        for cmp in _COMPARED_YEAR_BRACKET.finditer(lower, sentence_start, vals[-1].start):
            # (heading its clause, as what is compared with; not a change's "tăng 10 bậc so với năm 2022 (...)")
            if not _CLAUSE_HEAD_BEFORE.search(lower, max(sentence_start, cmp.start() - 3), cmp.start()) and (
                cmp.start() > sentence_start
            ):
                continue
            opened = cmp.end()
            while True:
                close = lower.find(")", opened)
                for n in vals:
                    if opened <= n.start < (close if close >= 0 else n.end) and n.start not in out:
                        out[n.start] = int(cmp.group(1))
                nxt_bracket = _NEXT_COMPARED_BRACKET.match(lower, close) if close >= 0 else None
                if nxt_bracket is None:
                    break
                opened = nxt_bracket.end()
    # rule compared-year-is: "cáp quang đã đến 61,3% thôn, bản, so với năm 2019 là 52,7%": the value said right after
    # the year compared with is that year's
    if vals and "so voi" in head:
        for n in vals:
            said = _YEAR_IS.search(lower, max(sentence_start, n.start - 40), n.start)
            # (not a change compared with the year: "Tăng trưởng giá trị DTI so với năm 2020 là 0,0912")
            if said is not None and n.start not in out and not _CHANGE_BEFORE.search(
                lower, max(sentence_start, said.start() - 30), said.start()
            ):
                out[n.start] = int(said.group(1))
    # rule compared-year-when: "xếp thứ 28/63, cải thiện rõ so với năm 2022 khi trụ cột này chỉ đạt 0,3511 điểm và đứng
    # thứ 47": the values of the "khi" clause after the year compared with are that year's, up to the clause's end
    if vals and "khi" in head:
        for when in _YEAR_WHEN.finditer(lower, sentence_start, vals[-1].start):
            stop = _CLAUSE_STOP.search(lower, when.end(), vals[-1].end)
            until = stop.start() if stop else vals[-1].end
            for n in vals:
                if when.end() < n.start < until and n.start not in out:
                    out[n.start] = int(when.group(1))
    # rule compared-year-before: "cao hơn năm trước đó (thứ 35)", "so với năm trước (13,2%)": the value in the bracket
    # after the year before, compared with in words, is that year's (move-start counts it back from the value's own);
    # so is one after the edition before ("tăng 14 bậc so với lần công bố trước (xếp thứ 31/63)")
    if vals and " truoc" in head:
        for n in vals:
            if n.start not in out and _YEAR_BEFORE_BRACKET.search(lower, max(sentence_start, n.start - 45), n.start):
                out.moved_from.add(n.start)
    # "Từ năm 2021 đến năm 2023, ... tăng từ hạng 33 lên hạng 19": the frame's years, in order
    if vals:
        frame = _FRAME.search(lower, sentence_start, vals[-1].end)
        if frame:
            for n in vals:
                head = lower[max(0, n.start - 25) : n.start]
                if _MOVE_FROM.search(head):
                    out[n.start] = int(frame.group(1))
                elif _MOVE_TO.search(head):
                    out[n.start] = int(frame.group(2))
        elif (since := _FRAME_START.search(lower, sentence_start, vals[-1].end)) is not None:
            # rule frame-start: "Từ năm 2020 đến nay, tỷ lệ ... tăng từ 62% lên 96,4%": the movement's start is the
            # frame's first year; its end is left to the rules of the sentence (now, or the year it names)
            for n in vals:
                moved_from = _MOVE_FROM.search(lower, max(0, n.start - 25), n.start)
                if moved_from and n.start > since.end() and n.start not in out:
                    out[n.start] = int(since.group(1) or since.group(2))
    return out


# the year right after the index's name, or "năm" / "DTI" / "Index" and a year soon after it ("PAR Index
# 2021", "chỉ số DTI năm 2023")
_EDITION_AFTER = re.compile(r"(?:[^.;:\n]{0,45}?(?:\bnam|\bdti\)?|\bindex\)?))?\s+((?:19|20)\d{2})\b(?!\s*[-/])")
# "... cải thiện thứ hạng Chỉ số cải cách hành chính so với năm 2016": a comparison, not an edition
_COMPARED = re.compile(r"\b(?:so voi|so cung ky)\b")
_RELEASED_IN = re.compile(r"\b(?:cong bo|phat hanh|cong khai)\b")


def edition_years(hits, lower: str, pub_year: int | None) -> list[int]:
    """Years written with a ranked index ("DTI 2024", "chỉ số chuyển đổi số năm 2023", "xếp hạng
    ... năm 2024"): the editions the article reports."""
    out: dict[str, list[int]] = {}
    for h in hits:
        family = ranking_family(h.topic)
        if family is None or h.topic.name not in ("dti", "ict_index", "par_index"):
            continue
        # "DTI 2024", "chỉ số chuyển đổi số cấp tỉnh năm 2023", "(... - DTI) năm 2024", "cấp bộ, cấp tỉnh năm 2020"
        m = _EDITION_AFTER.match(lower, h.end)
        released = family == "dti" and m is not None and _RELEASED_IN.search(lower, h.end, m.start(1)) is not None
        if m and (_COMPARED.search(lower, h.end, m.start(1)) or released):
            # (nor the year the DTI came out, a year after its edition's: "Kết quả DTI công bố năm 2024, Thành phố xếp
            # thứ 7/63" is DTI 2023's; the ICT Index of "công bố năm 2020" is named by that year)
            m = None
        inner = re.search(r"((?:19|20)\d{2})", lower[h.start : h.end])
        for y in (m.group(1) if m else None, inner.group(1) if inner else None):
            if y and (pub_year is None or int(y) <= pub_year):
                out.setdefault(family, []).append(int(y))
    return out


ANNOUNCEMENT = skipping(
    re.compile(
        r"\b(?P<fresh>vua|moi)?\s*(?:cong bo|cong khai|phat hanh)(?:\s+(?:ket qua|bao cao))?"
        r"(?:\s+(?:hoi|vao|trong|ngay|luc|dau|cuoi|thang))*\s*(?:\d{1,2}\s*/\s*){0,2}(?:nam\s+)?"
        r"(?P<year>(?:19|20)\d{2})?(?!\d)"
    )
)


_ANNOUNCE_VERBS = ("cong bo", "cong khai", "phat hanh")  # (the words of ANNOUNCEMENT, one in every match)


# When the ministry published each DTI edition, where it was not the year after (DTI 2023 came out
# on 2025-02-06, DTI 2024 on 2025-10-21 for the 34 provinces; dbt_project/seeds/dti_editions.csv).
# Editions up to 2022 came out in the year after theirs.
DTI_RELEASES: dict[int, dt.date] = {2023: dt.date(2025, 2, 6), 2024: dt.date(2025, 10, 21)}
_MONTH_YEAR = re.compile(r"(\d{1,2})\s*/\s*(?:nam\s+)?(?:19|20)\d{2}$")


def edition_out_on(day: dt.date) -> int:
    """The latest DTI edition published on or before ``day``."""
    known = [e for e, d in DTI_RELEASES.items() if d <= day]
    if known and day > max(DTI_RELEASES.values()):
        # after the last release we know of, an edition comes out in the second half of the year after its own
        # ("Công bố DTI 2025" in September 2026): from July the year before the day's may be out (in April 2026
        # the latest is still DTI 2024)
        return max(max(known), day.year - 1 if day.month >= 7 else day.year - 2)
    if known:
        return max(known)
    if day >= min(DTI_RELEASES.values()) - dt.timedelta(days=400):
        return min(DTI_RELEASES) - 1  # 2024 and early 2025: DTI 2022 was the latest
    # the first editions came out in the spring or summer of the year after their own (our probe rounds' writers
    # report DTI 2020 as just announced in mid-2021 and DTI 2021 in May 2022; the exact days are not in our
    # reference data): up to March the latest out is that of two years before (in January 2023, DTI 2021); not
    # before 2022 (no DTI was out before DTI 2020; the ICT Index, asked the same, came out at the end of its year)
    if day.year >= 2022 and day.month < 4:
        return day.year - 2
    return day.year - 1


def announced_editions(hits, lower: str, pub_year: int | None, published: dt.date | None = None) -> list[int]:
    """Rule edition-from-announcement: an undated DTI the article says was announced ("báo cáo DTI
    công bố tháng 10/2025", "Bộ vừa công bố Chỉ số chuyển đổi số cấp tỉnh") is the latest edition
    out at that date: the year before's up to DTI 2022, then DTI_RELEASES (DTI 2023 was announced
    two years later, in February 2025). Only for articles that write no edition year themselves
    (see edition_years)."""
    out = []
    for h in hits:
        if ranking_family(h.topic) != "dti":
            continue
        lo, hi = max(0, h.start - 90), min(len(lower), h.end + 60)
        if not any(lower.find(w, lo, hi) >= 0 for w in _ANNOUNCE_VERBS):
            continue  # (every announcement names its verb; the pattern is tried at every character)
        for m in ANNOUNCEMENT.finditer(lower, lo, hi):
            if "." in lower[min(m.start(), h.end) : max(m.start(), h.start)]:
                continue  # another sentence
            if m.group("year"):
                year = int(m.group("year"))
                if pub_year is not None and year > pub_year:
                    continue
                month = _MONTH_YEAR.search(m.group(0))
                if month and 1 <= int(month.group(1)) <= 12 and year >= min(DTI_RELEASES.values()).year:
                    out.append(edition_out_on(dt.date(year, int(month.group(1)), 28)))
                elif published is not None and published.year == year and year >= 2025:
                    out.append(edition_out_on(published))
                else:
                    out.append(year - 1)
            elif m.group("fresh") and published is not None and published.year >= 2025:
                out.append(edition_out_on(published))
            elif m.group("fresh") and pub_year is not None:
                out.append(pub_year - 1)
    return out


def ranking_family(topic) -> str | None:
    """Which ranking an index belongs to (one edition year per ranking and article)."""
    if topic is None:
        return None
    name = topic.name
    if name in _FAMILIES:  # (worked out once per topic name: every claim and sentence asks)
        return _FAMILIES[name]
    family = "dti" if name.startswith("dti") or name == "cybersecurity_index" else OTHER_RANKINGS.get(name)
    _FAMILIES[name] = family
    return family


_FAMILIES: dict[str, str | None] = {}  # topic name -> ranking_family's answer


# the rankings besides the DTI: topic -> family (one edition year per family and article)
OTHER_RANKINGS = {"ict_index": "ict", "par_index": "par"}


def range_start(lower: str) -> int | None:
    m = re.search(r"\b((?:19|20)\d{2})\s*-\s*(?:19|20)\d{2}\b", lower)
    return int(m.group(1)) if m else None


_PAST_YEAR = skipping(
    re.compile(
        r"\b(?:nam (?:vua )?qua|ca nam|(?:6|sau) thang cuoi nam|quy (?:iv|4)|(?:den|tinh den) (?:het|cuoi) nam"
        r"|trong nam)\b(?!\s+(?:19|20)\d\d)(?! (?:nay|toi|sau|hoc|ke hoach))"
    )
)


def compared_year(lower: str, sentence_start: int, year_start: int) -> bool:
    """The year at ``year_start`` is one a value is compared with ("so với năm 2022", "so với cùng kỳ năm 2023"): it
    dates the compared value, not the sentence's."""
    return _COMPARED_BEFORE.search(lower, max(sentence_start, year_start - 20), year_start) is not None


_COMPARED_BEFORE = skipping(re.compile(r"\bso voi(?: cung ky)?(?: nam| ky)?\s*$"))


def tasks_year(lower: str, sentence_start: int, year_start: int) -> bool:
    """The year at ``year_start`` is of the tasks or plan ahead ("... tạo nền tảng để triển khai các nhiệm vụ năm
    2024"): it dates no result, and leaves "năm qua" in the same sentence to say which year the results are."""
    return _TASKS_YEAR.search(lower, max(sentence_start, year_start - 30), year_start) is not None


_TASKS_YEAR = skipping(re.compile(r"\b(?:nhiem vu|ke hoach|muc tieu|phuong huong)(?: [a-z]+){0,2} nam $"))


def past_year_cue(lower: str, start: int, end: int) -> bool:
    """ "năm qua", "cả năm", "6 tháng cuối năm", "quý IV", "đến hết năm", "trong năm" without a year: the whole
    past year, which a report in the first quarter means (rule past-year)."""
    return _PAST_YEAR.search(lower, start, end) is not None


# (not the start of the year a target was set at: "vượt yêu cầu đặt ra đầu năm", "chỉ tiêu giao từ đầu năm" is the
# year reported on, whichever it is)
_SET_AT_START = r"(?<!ra )(?<!ra tu )(?<!giao )(?<!giao tu )"
_THIS_YEAR = re.compile(
    rf"\b(?:{_SET_AT_START}dau nam|nam nay|quy (?:i|ii|iii|1|2|3))\b(?!\s+(?:19|20)\d\d)"
    # "hiện Cổng ... đang cung cấp", "hiện có": now; not "thực hiện", "thể hiện", "phát hiện", "hiện đại"
    r"|(?<!thuc )(?<!the )(?<!xuat )(?<!phat )(?<!tai )\bhien\b(?! (?:dai|thuc|dien|hanh|vat))"
)


# a part of the year without its year ("6 tháng đầu năm", "quý II", "9 tháng"; not "quý I/2025",
# "6 tháng đầu năm 2024"): the months it takes to have passed, by its words
_PART_OF_YEAR = skipping(
    re.compile(
        r"\b(?:(?P<months>1[01]|[2-9]|sau|chin|bay|tam|muoi) thang(?: dau nam)?|quy (?P<quarter>iii|ii|i|1|2|3)"
        rf"|{_SET_AT_START}(?P<start>dau nam)"
        # ("cuối tháng 6 vừa qua", "tháng 10 năm nay": a month of the year being written in)
        r"|thang (?P<month>1[0-2]|[1-9]) (?:vua qua|nam nay))\b"
        r"(?!\s*(?:nam\s+)?(?:19|20)\d\d)(?!\s*/)"
    )
)
_MONTHS_WORDS = {"sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}  # (and the months in digits)
_QUARTER_ENDS = {"i": 3, "1": 3, "ii": 6, "2": 6, "iii": 9, "3": 9}


def part_of_year_months(lower: str, start: int, end: int) -> int | None:
    """The months a part of the year named without its year must have lasted ("6 tháng đầu năm": 6,
    "quý III": 9, "đầu năm": 1), the longest named; None when the sentence names none."""
    found = [
        _MONTHS_WORDS.get(m.group("months")) or int(m.group("months"))
        if m.group("months")
        else int(m.group("month"))
        if m.group("month")
        else _QUARTER_ENDS[m.group("quarter")]
        if m.group("quarter")
        else 1
        for m in _PART_OF_YEAR.finditer(lower, start, end)
        # (not one compared with: "... lần lượt đạt 85,3% và 72,1%, cao hơn nhiều so với thời điểm đầu năm")
        if not _COMPARED_PART.search(lower, max(start, m.start() - 24), m.start())
    ]
    return max(found) if found else None


_COMPARED_PART = re.compile(r"\bso voi\s+(?:(?:thoi diem|thoi ky|muc|hoi|cung ky)\s+)?$")


def this_year_cue(lower: str, start: int, end: int) -> bool:
    """ "hiện", "đầu năm", "6 tháng đầu năm", "quý I" without a year: the year being written in (rule
    report-year does not date them to the year before)."""
    return _THIS_YEAR.search(lower, start, end) is not None


_ELAPSED = re.compile(
    r"\b(?:qua|sau|hon|gan|trong)\s+(?:gan\s+|hon\s+)?(\d{1,2}|mot|hai|ba|bon|sau|bay|tam)\s+nam\s+"
    r"(?:trien khai|thuc hien|hoat dong|van hanh|ap dung)"
)
_SINCE = re.compile(
    r"\b(?:tu|bat dau tu|ke tu|tu khi)\s+(?:(?:dau|cuoi|giua)\s+)?(?:thang \d{1,2}\s*/\s*|nam\s+)?((?:19|20)\d{2})\b"
)


def elapsed_year(lower: str) -> int | None:
    """ "Từ năm 2021 ... qua gần ba năm triển khai đến nay": the year a text with no date is written
    in, from a start year and the years elapsed since (rule elapsed-years)."""
    since = _SINCE.search(lower)
    if since is None:
        return None
    m = _ELAPSED.search(lower, since.end())
    if m is None:
        return None
    n = count_of(m.group(1))
    return int(since.group(1)) + n if 0 < n <= 10 else None


def url_range_start(url: str | None) -> int | None:
    """The first year of a period the page's address names ("...-giai-doan-2021-2025"): what an
    undated text with no year in it is framed by (rule range-start, from the address)."""
    if not url:
        return None
    path = re.sub(r"[^a-z0-9]+", " ", url.split("//", 1)[-1].partition("/")[2].lower())
    m = re.search(r"\b((?:19|20)\d{2}) ((?:19|20)\d{2})\b", path)
    return int(m.group(1)) if m and int(m.group(1)) < int(m.group(2)) else None


_URL_DATE = re.compile(r"(?<!\d)(20[12]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?(?!\d{0,1}[^\d])")


def date_in_url(url: str | None) -> dt.date | None:
    """A year-month (and day) written in a page's address: "/202211/", "-20220329", "post-2024-10-05"."""
    if not url:
        return None
    path = url.split("//", 1)[-1].split("/", 1)[-1]
    m = re.search(r"(?<!\d)(20[12]\d)[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])(?!\d)", path)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in re.finditer(r"(?<!\d)(20[12]\d)(0[1-9]|1[0-2])((?:0[1-9]|[12]\d|3[01]))?(?=\D|$|\d{6,})", path):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            continue
    return None


def in_parens(lower: str, start: int, pos: int) -> bool:
    span = lower[start:pos]  # (one copy: most spans hold no bracket, and need no count)
    return "(" in span and span.count("(") > span.count(")")


def in_aside(lower: str, start: int, end: int, pos: int) -> bool:
    """In brackets or between two dashes of the sentence from ``start`` to ``end``."""
    return in_parens(lower, start, pos) or any(a < pos < b for a, b in dash_asides(lower, start, end))


def last_period_year(years, lower: str, start: int, end: int) -> int | None:
    """The last year that dates the sentence from ``start`` to ``end`` for what follows it; not one of an aside
    ("(năm 2022 xếp thứ 58)", "– trụ cột từng đứng thứ 51 năm 2021 –")."""
    ys = [y for y in years if y.kind == "period" and not y.aside and not in_parens(lower, start, y.start)]
    return ys[-1].year if ys else None


def latest_year(lower: str, pub_year: int | None) -> int | None:
    ys = [y.year for y in year_mentions(lower, 0, len(lower), pub_year) if y.kind == "period"]
    return max(ys) if ys else None
